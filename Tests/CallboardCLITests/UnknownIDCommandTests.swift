import Foundation
import PostgresTestSupport
import Testing
@testable import CallboardCLI

/// Ids are matched exactly, and a miss in any command is an error naming the likely meant id
/// (issue 14, item 5: `queue list --account TABULA` printed an empty table and exited 0).
/// Runs the built executable against a fresh database holding the sample sites, accounts,
/// queues and agents (`deploy/samples`, whose ids are upper case: `TABULA`, `MNL-1001`).
@Suite struct UnknownIDCommandTests {
    static let misses: [(arguments: [String], says: String)] = [
        (["queue", "list", "--account", "tabula"], "no account tabula; did you mean TABULA?"),
        (["agent", "list", "--site", "mnl"], "no site mnl; did you mean MNL?"),
        (["shift", "list", "--agent", "mnl-1001"], "no agent mnl-1001; did you mean MNL-1001?"),
        (["certification", "list", "--agent", "MNL-1O01"], "no agent MNL-1O01; did you mean MNL-1001?"),
        (["program", "list", "--account", "TABULAA"], "no account TABULAA; did you mean TABULA?"),
        (["account", "campaigns", "--account", "paws"], "no account paws; did you mean PAWS?"),
        (["queue", "closures", "--queue", "TAB-VOICE-EN-UK"], "no queue TAB-VOICE-EN-UK; did you mean TAB-VOICE-EN-US?"),
        (["queue", "confirmed-days", "--account", "tabula"], "no account tabula; did you mean TABULA?"),
        (["token", "list", "--account", "paws"], "no account paws; did you mean PAWS?"),
        (["token", "issue", "--account", "paws"], "no account paws; did you mean PAWS?"),
        (["report", "sla", "--account", "tabula"], "no account tabula; did you mean TABULA?"),
        (["report", "staffing", "--site", "MLN"], "no site MLN; did you mean MNL?"),
        (["report", "awards", "--site", "MNL", "--agent", "mnl-1002"], "no agent mnl-1002; did you mean MNL-1002?"),
        (["report", "coverage", "--account", "tabula", "--date", "2026-12-07"], "no account tabula; did you mean TABULA?"),
        (["report", "coverage", "--account", "tabula", "--as-of", "2026-12-01"], "no account tabula; did you mean TABULA?"),
        (["report", "intraday", "--account", "paws"], "no account paws; did you mean PAWS?"),
        (["report", "roster", "--site", "mnl"], "no site mnl; did you mean MNL?"),
        (["report", "certifications", "--site", "CEBU"], "no site CEBU; did you mean CEB?"),
        (["report", "readiness", "--site", "MNL", "--account", "tempo"], "no account tempo; did you mean TEMPO?"),
        (["report", "peak", "--season", "black-friday-2026", "--intervals", "tab-voice-en-us"],
         "no queue tab-voice-en-us; did you mean TAB-VOICE-EN-US?"),
        (["forecast", "run", "--season", "black-friday-2026", "--accounts", "TABULA,paws"], "no account paws; did you mean PAWS?"),
        (["forecast", "backtest", "--queue", "tab-voice-en-us", "--origins", "2"], "no queue tab-voice-en-us; did you mean TAB-VOICE-EN-US?"),
        (["projections", "rebuild", "site-roster"], "no read model site-roster; did you mean site_roster?"),
        (["agent", "status", "mnl-1001", "leave", "--on", "2026-12-08"], "Refused: Agent mnl-1001 has not been hired. Did you mean MNL-1001?"),
    ]

    @Test func aMissExits65NamingTheMeantIDAndAHitIsListed() async throws {
        try await TestDatabase.withFresh { database in
            // Only this database's transactions hold its log back (schema/0032); the margin is for a loaded machine.
            let environment = ["CALLBOARD_DATABASE_URL": database.applicationURL.urlString, "CALLBOARD_HELD_BACK_WAIT": "120"]
            let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("deploy/samples")
            for kind in ["sites", "accounts", "queues", "agents"] {
                let run = try await CallboardBinary.run(["import", kind, samples.appendingPathComponent("\(kind).csv").path],
                                                  environment: environment)
                try #require(run.status == 0, "\(kind): \(run.errors)")
            }
            let hit = try await CallboardBinary.run(["queue", "list", "--account", "TABULA", "--format", "csv"], environment: environment)
            #expect(hit.status == 0 && hit.output.contains("TAB-VOICE-EN-US"))
            // The reports find the same ids in their read models, and the account's market clock there.
            let coverage = try await CallboardBinary.run(["report", "coverage", "--account", "TABULA", "--date", "2026-12-07"], environment: environment)
            #expect(coverage.status == 0 && coverage.output.contains("America/New_York"), "\(coverage.output) \(coverage.errors)")
            let awards = try await CallboardBinary.run(["report", "awards", "--site", "MNL", "--month", "2026-11"], environment: environment)
            #expect(awards.status == 0 && awards.output.contains("Asia/Manila"), "\(awards.output) \(awards.errors)")
            for miss in Self.misses {
                let run = try await CallboardBinary.run(miss.arguments, environment: environment)
                #expect(run.status == ExitStatus.refused.rawValue, "\(miss.arguments): \(run.status) \(run.errors)")
                #expect(run.errors.contains(miss.says), "\(miss.arguments): \(run.errors)")
                #expect(run.output.isEmpty, "\(miss.arguments) printed \(run.output)")
            }
        }
    }
}
