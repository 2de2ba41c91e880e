import CallboardDomain
import CallboardImport
import CallboardOperations
import Foundation

/// Two client accounts written to the log through the production importers, so every
/// export test reads facts recorded exactly as an operator would record them.
///
/// - ACME (name with a comma and quotes), queues ACME-V (voice, New York, 80/20/5) and
///   ACME-E (email, New York, 24h); BETA, queue BETA-V (voice, London).
/// - Every queue reports 30-minute intervals on 2026-11-01 and 2026-11-02 (UTC):
///   `intervalsPerQueue` each, figures derived from the index.
enum ExportWorld {
    static let intervalsPerQueue = 96

    static let accounts = #"""
        account_id,name,markets,brands,channels,languages,signed_on
        ACME,"Acme, ""Best"" Goods",US,"Acme, Inc.;Acme ""Pro""",voice;email,en,2024-03-01
        BETA,Beta Wares,GB,Beta,voice,en,2024-03-01
        """#

    static let queues = """
        queue_id,account_id,channel,language,timezone,hours,sla,sla_effective_from,market
        ACME-V,ACME,voice,en,America/New_York,24/7,80/20/5,2026-01-01T00:00:00-05:00,US
        ACME-E,ACME,email,en,America/New_York,24/7,24h,2026-01-01T00:00:00-05:00,US
        BETA-V,BETA,voice,en,Europe/London,24/7,80/20,2026-01-01T00:00:00Z,GB
        """

    static func intervals(_ queues: [String], count: Int = intervalsPerQueue, from start: Date = utc("2026-11-01T00:00:00Z"),
                          offered base: Int = 40) -> String {
        var lines = ["queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned"]
        for queue in queues {
            for index in 0..<count {
                let instant = start.addingTimeInterval(TimeInterval(index * 1800))
                let offered = base + index % 7
                lines.append("\(queue),\(EventJSON.format(instant)),30,\(offered),\(offered - 2),2,\(offered - 6),\((offered - 2) * 180),1")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Records both accounts, their queues and their intervals.
    static func record(_ importer: Importer) async throws {
        _ = try await importer.importFile(.accounts, text: accounts + "\n", file: "accounts.csv")
        _ = try await importer.importFile(.queues, text: queues + "\n", file: "queues.csv")
        _ = try await importer.importFile(.intervals, text: intervals(["ACME-V", "ACME-E", "BETA-V"]), file: "intervals.csv")
    }

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
}
