import Foundation
import PostgresTestSupport
import Testing
@testable import CallboardCLI

/// Issue 15, item 3, end to end through the executable: `callboard sla close` records the
/// month as reported, `report sla` then returns those figures with a later correction beside
/// them, and closing again, or closing a month that is not over, is refused and appends nothing.
@Suite struct SLACloseCommandTests {
    @Test func aClosedMonthKeepsItsFiguresAndShowsTheLaterCorrection() async throws {
        try await TestDatabase.withFresh { database in
            // Only this database's transactions hold its log back (schema/0032); the margin is for a loaded machine.
            let environment = ["CALLBOARD_DATABASE_URL": database.applicationURL.urlString, "CALLBOARD_HELD_BACK_WAIT": "120"]
            let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("deploy/samples")
            for kind in ["sites", "accounts", "queues", "intervals"] {
                let run = try await CallboardBinary.run(["import", kind, samples.appendingPathComponent("\(kind).csv").path],
                                                  environment: environment)
                try #require(run.status == 0, "\(kind): \(run.errors)")
            }
            let report = ["report", "sla", "--account", "TABULA", "--month", "2026-03", "--format", "json"]
            let before = try await CallboardBinary.run(report, environment: environment)
            try #require(before.status == 0, "\(before.errors)")
            // On another clock the close does not apply: there the correction shows.
            let zoned = report + ["--tz", "UTC"]
            let zonedBefore = try await CallboardBinary.run(zoned, environment: environment)

            let close = try await CallboardBinary.run(["sla", "close", "--account", "TABULA", "--month", "2026-03"], environment: environment)
            #expect(close.status == 0, "\(close.errors)")

            // A correction of a March interval arrives after the close.
            let correction = FileManager.default.temporaryDirectory.appendingPathComponent("sla-close-\(UUID().uuidString).csv")
            defer { try? FileManager.default.removeItem(at: correction) }
            try """
                queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned
                TAB-VOICE-EN-US,2026-03-02T13:00:00Z,30,42,39,3,10,7020,1

                """.write(to: correction, atomically: true, encoding: .utf8)
            let corrected = try await CallboardBinary.run(["import", "intervals", correction.path], environment: environment)
            try #require(corrected.status == 0, "\(corrected.errors)")

            let after = try await CallboardBinary.run(report, environment: environment)
            try #require(after.status == 0, "\(after.errors)")
            #expect(after.output.contains(#""later_corrections""#), "\(after.output)")
            #expect(Self.rows(after.output) == Self.rows(before.output), "the closed figures, not the corrected ones")
            let zonedAfter = try await CallboardBinary.run(zoned, environment: environment)
            #expect(Self.rows(zonedAfter.output) != Self.rows(zonedBefore.output), "the correction changed the figures")

            let again = try await CallboardBinary.run(["sla", "close", "--account", "TABULA", "--month", "2026-03"], environment: environment)
            #expect(again.status == ExitStatus.refused.rawValue && again.errors.contains("already closed"), "\(again.errors)")
            let early = try await CallboardBinary.run(["sla", "close", "--account", "TABULA", "--month", "2099-01"], environment: environment)
            #expect(early.status != 0 && !early.errors.isEmpty)
            let events = try await CallboardBinary.run(["events", "tail", "--from-start", "--no-follow"], environment: environment)
            #expect(events.output.components(separatedBy: "SLAMonthClosed").count - 1 == 1, "one close recorded: \(events.errors)")
        }
    }

    /// The rows of `report sla`'s JSON, as text: what a client was told.
    static func rows(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let rows = object["rows"] else { return json }
        return (try? JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? json
    }
}
