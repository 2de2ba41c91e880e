import ArgumentParser
import CallboardDomain
import Foundation
import FuzzSupport
import Testing
@testable import CallboardCLI

/// The command-line findings of issue 11: out-of-range flag values are refused while the
/// command line is parsed, with a message naming the flag and the range.
@Suite struct FlagLimitTests {
    static func refusal<Command: ParsableCommand>(_ command: Command.Type, _ arguments: [String]) -> String? {
        do {
            _ = try Command.parse(arguments)
            return nil
        } catch {
            return Command.message(for: error)
        }
    }

    @Test func aTokenLifetimeIsAtMostFiveYears() {
        let message = Self.refusal(TokenCommand.Issue.self, ["--account", "tabula", "--expires", "99999999999d"])
        #expect(message == "--expires must be at most 1826d (5 years), but was '99999999999d'")
        #expect(Self.refusal(TokenCommand.Issue.self, ["--account", "tabula", "--expires", "1827d"]) != nil)
        #expect(Self.refusal(TokenCommand.Issue.self, ["--account", "tabula", "--expires", "1826d"]) == nil)
        #expect(Self.refusal(TokenCommand.Issue.self, ["--account", "tabula", "--expires", "never"]) == nil)
    }

    @Test func aPortIsFrom1To65535() {
        #expect(Self.refusal(ServeCommand.self, ["--port", "99999"]) == "--port must be from 1 to 65,535, but was 99999")
        #expect(Self.refusal(ServeCommand.self, ["--port", "0"]) != nil)
        #expect(Self.refusal(ServeCommand.self, ["--port", "8080"]) == nil)
    }

    @Test func negativeContactsAreAValueNotAFlag() {
        let message = Self.refusal(StaffingCommand.Erlang.self,
                                   ["--contacts", "-5", "--interval", "30m", "--aht", "180s", "--target", "80/20"])
        #expect(message == "--contacts must be >= 0, but was -5")
        #expect(Self.refusal(StaffingCommand.Erlang.self,
                             ["--contacts", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20",
                              "--shrinkage", "-0.5"]) == nil, "a negative shrinkage reaches the library's own check")
    }

    @Test func aHugeBreakIsRefusedWhenParsed() {
        let message = Self.refusal(ShiftCLICommand.Plan.self, [
            "--agent", "MNL-1001", "--date", "2026-03-02", "--start", "09:00", "--end", "17:00",
            "--queues", "Q1", "--break", "12:00+9223372036854775807",
        ])
        #expect(message?.contains("from 1 to 1,440") == true)
    }

    @Test func datesOutsideTheCalendarAreRefusedWhenParsed() {
        let message = Self.refusal(ShiftCLICommand.Plan.self, [
            "--agent", "MNL-1001", "--date", "9999-12-31", "--start", "22:00", "--end", "06:00", "--queues", "Q1",
        ])
        #expect(message?.contains("no end date") == true)
    }
}

/// Months, weeks, windows and instants of the reports stay where their dates can be computed.
@Suite struct ReportFlagLimitTests {
    @Test func monthsWeeksAndWindowsOutsideTheCalendarAreRefused() {
        #expect(FlagLimitTests.refusal(AwardsReportCommand.self, ["--site", "MNL", "--month", "9999-12"])?
            .hasSuffix("--month must be from 1900-01 to 9998-12; got 9999-12") == true)
        #expect(FlagLimitTests.refusal(SLAReportCommand.self, ["--account", "TABULA", "--month", "9999-12"])?
            .hasSuffix("--month must be from 1900-01 to 9998-12; got 9999-12") == true)
        #expect(FlagLimitTests.refusal(StaffingReportCommand.self, ["--site", "MNL", "--week", "9999-W52"]) != nil)
        #expect(FlagLimitTests.refusal(StaffingReportCommand.self, ["--site", "MNL", "--week", "2026-W48"]) == nil)
        #expect(FlagLimitTests.refusal(CertificationsReportCommand.self, ["--site", "MNL", "--expiring-within", "99999999999d"]) != nil)
        #expect(FlagLimitTests.refusal(SLAReportCommand.self, ["--account", "T", "--month", "2026-11", "--as-of", "9999-12-31T23:59:59-23:59"]) != nil)
        #expect(FlagLimitTests.refusal(DemoCommand.self, ["--now", "9999-12-31"]) == "--now must be from 1903-01-01 to 9997-12-31; got 9999-12-31")
        #expect(FlagLimitTests.refusal(DemoCommand.self, ["--now", "2026-11-23"]) == nil)
    }
}

/// Seeded random flag values for the commands with numeric, date and duration flags: parsing
/// either succeeds or fails with a message; the pure ones (staffing) also run. Never a trap.
@Suite struct FlagFuzzTests {
    static let values = [
        "-5", "-1", "0", "1", "0.5", "-0.5", "1e308", "-1e308", "nan", "inf", "9223372036854775807",
        "-9223372036854775808", "99999999999999999999", "99999999999d", "1826d", "30m", "180s", "1h30m", "24h",
        "9999-12-31", "10000-01-01", "0001-01-01", "2026-02-30", "2026-11-27", "12:00+30", "12:00+9223372036854775807",
        "80/20", "100/0", "80/9223372036854775807", "24:00", "", "--", "x", "\u{0}", "65535", "65536", "2026-W53",
        "9999-W52", "2026-11", "9999-12", "2026-11-27T14:30:00Z", "9999-12-31T23:59:59-23:59",
    ]

    static func any(_ random: inout SeededRandom) -> String { values.randomElement(using: &random)! }

    @Test func staffingFlagsParseOrFailAndRunWithoutTrapping() throws {
        var random = SeededRandom(seed: 0xE71A9)
        var ran = 0
        for _ in 0..<600 {
            // Half typical values, half hostile ones, so both the refusals and the maths run.
            func value(_ typical: String) -> String { Bool.random(using: &random) ? typical : Self.any(&random) }
            var arguments = ["--contacts", value("100"), "--interval", value("30m"), "--aht", value("180s"),
                             "--target", value("80/20")]
            for (flag, typical) in [("--shrinkage", "0.3"), ("--max-occupancy", "0.85"), ("--patience", "120s"),
                                    ("--asa", "30s"), ("--concurrency", "1")]
            where Bool.random(using: &random) {
                arguments += [flag, value(typical)]
            }
            guard var command = try? StaffingCommand.Erlang.parse(arguments) else { continue }
            command.format = .json
            do { _ = try command.output(); ran += 1 } catch {}
        }
        #expect(ran > 0, "some seeded command lines are valid and run")
    }

    @Test func flagsWithRangesParseOrFailWithAMessage() {
        var random = SeededRandom(seed: 0xF1A65)
        for _ in 0..<150 {
            let messages: [String?] = [
                FlagLimitTests.refusal(TokenCommand.Issue.self, ["--account", "tabula", "--expires", Self.any(&random)]),
                FlagLimitTests.refusal(ServeCommand.self, ["--port", Self.any(&random), "--rate-burst", Self.any(&random)]),
                FlagLimitTests.refusal(ShiftCLICommand.Plan.self, [
                    "--agent", "A", "--date", Self.any(&random), "--start", Self.any(&random), "--end", "17:00",
                    "--queues", "Q1", "--break", Self.any(&random)]),
                FlagLimitTests.refusal(SLAReportCommand.self, ["--account", "T", "--month", Self.any(&random),
                                                               "--as-of", Self.any(&random)]),
                FlagLimitTests.refusal(StaffingReportCommand.self, ["--site", "MNL", "--week", Self.any(&random)]),
                FlagLimitTests.refusal(AwardsReportCommand.self, ["--site", "MNL", "--month", Self.any(&random)]),
                FlagLimitTests.refusal(CertificationsReportCommand.self, ["--site", "MNL", "--expiring-within", Self.any(&random)]),
                FlagLimitTests.refusal(DemoCommand.self, ["--now", Self.any(&random)]),
            ]
            for case let message? in messages { #expect(!message.isEmpty) }
        }
    }
}
