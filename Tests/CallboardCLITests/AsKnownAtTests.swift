import ArgumentParser
import CallboardDomain
import Foundation
import Testing
@testable import CallboardCLI

/// Issue 15, item 2: `--as-of` is the "as known at" clock (recorded time), an instant or a
/// date alone (the end of that day on the report's clock), never the business date.
@Suite struct AsKnownAtTests {
    @Test func aDateAloneEndsOnTheReportsClock() throws {
        let known = try AsKnownAt.parse("2026-11-23")
        #expect(known == .endOfDay("2026-11-23"))
        // Manila is UTC+8: the day ends at 16:00 UTC; the last microsecond of it is included.
        let manila = known.instant(on: "Asia/Manila")
        #expect(abs(manila.timeIntervalSince1970 - (utc("2026-11-23T16:00:00Z").timeIntervalSince1970 - 0.000_001)) < 0.000_01)
        #expect(manila < utc("2026-11-23T16:00:00Z"))
        #expect(known.instant(on: nil) < utc("2026-11-24T00:00:00Z"))
        #expect(known.instant(on: nil) > utc("2026-11-23T23:59:59Z"))
    }

    @Test func anInstantIsTakenAsGiven() throws {
        #expect(try AsKnownAt.parse("2026-11-23T17:00:00+08:00").instant(on: "America/New_York") == utc("2026-11-23T09:00:00Z"))
    }

    @Test func optionsParseBothFormsAndNameTheOtherClockInHelp() throws {
        let command = try CallboardCommand.parseAsRoot(["report", "roster", "--site", "MNL", "--as-of", "2026-11-23"])
        let roster = try #require(command as? RosterReportCommand)
        #expect(roster.options.knownAt == .endOfDay("2026-11-23"))
        #expect(throws: (any Error).self) {
            try CallboardCommand.parseAsRoot(["report", "roster", "--site", "MNL", "--as-of", "2026-11-23T25:00"])
        }
        let help = CallboardCommand.helpMessage(for: RosterReportCommand.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("As known at: what had been recorded by this instant (recorded time)"))
        #expect(help.contains("not the business date of --date, --week or --month"))
    }

    private func utc(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }
}
