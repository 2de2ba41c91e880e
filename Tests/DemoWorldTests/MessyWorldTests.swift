import CallboardImport
import DemoWorld
import Foundation
import Testing

/// Issue 12, item 9: the messy world has what real feeds have (holiday closures recorded as
/// queue closures, feed gaps, an outage, a launch, a Christmas run-up), deterministically,
/// in files the importer reads without a problem.
@Suite struct MessyWorldTests {
    static let now = Date(timeIntervalSince1970: 1_796_601_600)  // 2026-12-07T00:00:00Z
    static let world = MessyWorld.generate(seed: 2026, now: now)

    /// Offered per market-local day of one queue's intervals file.
    static func dailyOffered(_ queue: String, zone: String) throws -> [String: Int] {
        let file = try #require(world.files.first { $0.fileName == "messy-intervals-\(queue).csv" })
        let table = CSVTable(file.csvText)
        let startColumn = try #require(table.header.firstIndex(of: "interval_start"))
        let offeredColumn = try #require(table.header.firstIndex(of: "offered"))
        let formatter = ISO8601DateFormatter()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        var totals: [String: Int] = [:]
        for row in table.rows {
            let instant = try #require(formatter.date(from: row[startColumn]))
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let day = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            totals[day, default: 0] += Int(row[offeredColumn])!
        }
        return totals
    }

    static func day(_ text: String, plus days: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: formatter.date(from: text)!.addingTimeInterval(Double(days * 86_400)))
    }

    @Test func sameSeedSameFiles() {
        let again = MessyWorld.generate(seed: 2026, now: Self.now)
        #expect(again.files == Self.world.files)
        #expect(again.facts == Self.world.facts)
        #expect(MessyWorld.generate(seed: 7, now: Self.now).files != Self.world.files)
    }

    @Test func everyFileParses() throws {
        for file in Self.world.files {
            let problems: [ImportProblem] = switch file.kind {
            case .accounts: ParsedImport<AccountsFormat>(text: file.csvText, file: file.fileName).problems
            case .queues: ParsedImport<QueuesFormat>(text: file.csvText, file: file.fileName).problems
            case .intervals: ParsedImport<IntervalsFormat>(text: file.csvText, file: file.fileName).problems
            case .queueClosures: ParsedImport<QueueClosuresFormat>(text: file.csvText, file: file.fileName).problems
            default: [ImportProblem]()
            }
            #expect(problems.isEmpty, "\(file.fileName): \(problems.prefix(3).map(\.description))")
        }
        #expect(Set(Self.world.files.map(\.kind)) == [.accounts, .queues, .intervals, .queueClosures])
    }

    @Test func holidayClosuresAreRecordedAndHaveNoRows() throws {
        let facts = Self.world.facts
        let closures = try #require(Self.world.files.first { $0.kind == .queueClosures })
        let table = CSVTable(closures.csvText)
        #expect(table.rows.map { $0[1] } == facts.holidayClosures)
        #expect(table.rows.allSatisfy { $0[0] == facts.callCentreQueue && $0[2].hasPrefix("public holiday: ") })
        #expect(facts.holidayClosures.contains("2025-11-27") && facts.holidayClosures.contains("2026-11-26"))
        #expect(facts.holidayClosures.contains("2026-12-25"))  // ahead of now: the horizon knows it too
        let daily = try Self.dailyOffered(facts.callCentreQueue, zone: "America/New_York")
        #expect(facts.holidayClosures.allSatisfy { daily[$0] == nil })
    }

    @Test func feedGapsAreOpenWeekdaysWithoutRows() throws {
        let facts = Self.world.facts
        let daily = try Self.dailyOffered(facts.callCentreQueue, zone: "America/New_York")
        #expect(facts.feedGaps.count == 4)
        for gap in facts.feedGaps {
            #expect(daily[gap] == nil)
            #expect(try #require(daily[Self.day(gap, plus: -7)]) > 800)  // the same weekday was open
        }
        #expect(facts.feedGaps.contains { $0 > "2026-11-01" })  // one lies in the last rolling window
    }

    @Test func theOutageIsAboutATenthOfNormalAndTheLaunchLifts() throws {
        let facts = Self.world.facts
        let daily = try Self.dailyOffered(facts.callCentreQueue, zone: "America/New_York")
        let outage = try #require(daily[facts.outage]), weekBefore = try #require(daily[Self.day(facts.outage, plus: -7)])
        #expect(Double(outage) < 0.2 * Double(weekBefore) && outage > 0)
        let launchDay = try #require(facts.launch.first)
        let lifted = try #require(daily[launchDay]), before = try #require(daily[Self.day(launchDay, plus: -14)])
        #expect(Double(lifted) > 1.2 * Double(before))
    }

    @Test func theRetailQueueHasAChristmasRunUpInTwoPastSeasonsAndStaysOpenOnChristmasDay() throws {
        let facts = Self.world.facts
        #expect(facts.christmasSeasons == [2024, 2025])
        let daily = try Self.dailyOffered(facts.retailQueue, zone: "Europe/London")
        for year in facts.christmasSeasons {
            let peak = try #require(daily["\(year)-12-20"]), october = try #require(daily[Self.day("\(year)-12-20", plus: -56)])
            #expect(Double(peak) > 1.4 * Double(october))
            #expect(try #require(daily["\(year)-12-25"]) > 0)
        }
        // Hourly arrivals: the two half hours of an hour differ by at most one contact.
        let file = try #require(Self.world.files.first { $0.fileName == "messy-intervals-\(facts.retailQueue).csv" })
        let offered = CSVTable(file.csvText).rows.prefix(48).map { Int($0[3])! }
        #expect(stride(from: 0, to: 48, by: 2).allSatisfy { abs(offered[$0] - offered[$0 + 1]) <= 1 })
    }
}
