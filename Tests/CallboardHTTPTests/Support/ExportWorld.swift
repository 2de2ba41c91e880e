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
/// - Site LON; each account has an account-wide training program (ACME-CERT, BETA-CERT).
///   Now (training dated relative to today): LON-1 certified on both, LON-2 on ACME-CERT
///   only, LON-3 in ACME-CERT training.
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
        ACME-E,ACME,email,en,America/New_York,24/7,95/24h,2026-01-01T00:00:00-05:00,US
        BETA-V,BETA,voice,en,Europe/London,24/7,80/20,2026-01-01T00:00:00Z,GB
        """

    static let sites = """
        site_id,name,country,timezone,seats,languages,opened_on,max_shift_hours,holidays
        LON,London,GB,Europe/London,100,en,2020-01-06,10,
        """

    static let agents = """
        agent_id,site_id,name,hired_on,languages,skills,status,status_on
        LON-1,LON,Ann Smith,2025-01-06,en:native,voice;email,live,2025-02-03
        LON-2,LON,Bob Jones,2025-01-06,en:native,voice;email,live,2025-02-03
        LON-3,LON,Cat Brown,2026-10-05,en:native,voice,training,2026-10-05
        """

    static let programs = """
        program_id,account_id,name,revision,effective_on,modules,pass_mark,retake_limit,nesting_days,nesting_evaluations,nesting_average,validity_months,queues,product_line,summary,recertify_by
        ACME-CERT,ACME,Acme goods,1,2025-01-06,basics:Acme basics,80,2,10,1,80,12,,,,
        BETA-CERT,BETA,Beta wares,1,2025-01-06,basics:Beta basics,80,2,10,1,80,12,,,,
        """

    /// The training steps of `agent` on `program` up to a certification granted 20 days ago
    /// (valid 12 months), so the export, judged now, finds it in force.
    static func certified(_ agent: String, on program: String, evaluation: String) -> String {
        """
        \(agent),\(program),enrol,\(daysAgo(40)),,,,,,,
        \(agent),\(program),module,\(daysAgo(39)),basics,,,,,,
        \(agent),\(program),assessment,\(daysAgo(36)),,1,90,,,,
        \(agent),\(program),nesting,\(daysAgo(35)),,,,,,,
        \(agent),\(program),nesting-qa,\(daysAgo(33)),,,90,\(evaluation),Team Lead,,
        \(agent),\(program),certify,\(daysAgo(20)),,,,,,,
        """
    }

    /// The UTC calendar day `days` before today, `yyyy-MM-dd`.
    static func daysAgo(_ days: Int) -> String {
        String(EventJSON.format(Date().addingTimeInterval(-Double(days) * 86_400)).prefix(10))
    }

    static var progress: String {
        ["agent_id,program_id,step,date,module,attempt,score,evaluation_id,evaluator,at,reason",
         certified("LON-1", on: "ACME-CERT", evaluation: "NQ-1"), certified("LON-1", on: "BETA-CERT", evaluation: "NQ-2"),
         certified("LON-2", on: "ACME-CERT", evaluation: "NQ-3"), "LON-3,ACME-CERT,enrol,\(daysAgo(5)),,,,,,,"]
            .joined(separator: "\n") + "\n"
    }

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

    /// Records both accounts, their queues and intervals, the site, its agents and their training.
    static func record(_ importer: Importer) async throws {
        _ = try await importer.importFile(.accounts, text: accounts + "\n", file: "accounts.csv")
        _ = try await importer.importFile(.queues, text: queues + "\n", file: "queues.csv")
        _ = try await importer.importFile(.intervals, text: intervals(["ACME-V", "ACME-E", "BETA-V"]), file: "intervals.csv")
        _ = try await importer.importFile(.sites, text: sites + "\n", file: "sites.csv")
        _ = try await importer.importFile(.agents, text: agents + "\n", file: "agents.csv")
        _ = try await importer.importFile(.trainingPrograms, text: programs + "\n", file: "training-programs.csv")
        _ = try await importer.importFile(.trainingProgress, text: progress, file: "training-progress.csv")
    }

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
}
