import Forecasting
import Foundation

/// A small world with the irregular histories real telephony feeds have, for the forecast
/// benchmark (Benchmarks/forecast) and tests: one client ("northwind") with
/// - a weekday call-centre queue (`northwind-voice-en-us`, 30-minute intervals, Mon-Fri
///   08:00-18:00 New York time) that closes on every US public holiday of the market's
///   holiday table (recorded as queue closures, history and the next 8 weeks), with four
///   open weekdays missing from the export (feed gaps: no rows at all), one telephony outage
///   (a whole day at about 10% of normal) and a client launch (a week of uplift, 35% falling
///   to 5%) that is in the volume but not recorded as a campaign;
/// - a 24/7 retail queue (`northwind-chat-en-gb`, London time) whose arrivals are hourly
///   (each hour's volume split evenly over its two 30-minute rows: Callboard's forecaster takes
///   15 or 30 minutes) with a Christmas run-up in each of its past seasons (the history
///   starts 120 weeks before `now`, so two full seasons and the current run-up).
/// Seeded and deterministic: the same seed and `now` give byte-identical files. `callboard
/// demo --world messy` loads it; ``MessyWorldFacts`` lists what was done to which day.
public struct MessyWorld: Sendable {
    public let files: [DemoFile]
    public let facts: MessyWorldFacts

    static let weeks = 120
    static let account = "northwind"

    public static func generate(seed: UInt64, now: Date) -> MessyWorld {
        let nowSeconds = Int(now.timeIntervalSince1970.rounded(.down))
        let today = LocalDate(containing: nowSeconds)
        let firstDay = today.adding(days: -7 * weeks)
        let end = nowSeconds.floorDivided(by: HistoryWindow.intervalSeconds) * HistoryWindow.intervalSeconds
        let callCentre = QueueProfile(account, .voice, "en", "US", .weekly([.days(0, 4, 8, 18)]), .voice,
                                      volume: 1_400, handle: 380)
        let retail = QueueProfile(account, .chat, "en", "GB", .alwaysOpen, .chat, volume: 2_200, handle: 480)

        let holidays = Self.holidays(market: "US", from: firstDay, through: today.adding(days: 56))
            .filter { $0.key.weekdayIndex < 5 }
        let open = { (day: LocalDate) in day.weekdayIndex < 5 && holidays[day] == nil }
        func openDay(near offset: Int) -> LocalDate {
            var day = today.adding(days: offset)
            while !open(day) { day = day.adding(days: -1) }
            return day
        }
        let gaps = [openDay(near: -9), openDay(near: -38), openDay(near: -95), openDay(near: -260)]
        let outage = openDay(near: -24)
        let launchStart = openDay(near: -150)
        let launch = (0..<7).map { launchStart.adding(days: $0) }

        var random = SeededRandom(seed: seed, stream: "messy/\(callCentre.id)")
        let callCentreFile = MessyIntervals.file(for: callCentre, from: firstDay.midnightSeconds, to: end,
                                                 nowSeconds: nowSeconds, random: &random) { day, halfHour in
            guard open(day), !gaps.contains(day) else { return nil }
            let years = Double(day.daysSinceEpoch - firstDay.daysSinceEpoch) / 365.25
            var volume = callCentre.dailyVolume * pow(1.06, years) * MessyQueue.callCentreWeekdays[day.weekdayIndex]
            if let k = launch.firstIndex(of: day) { volume *= 1.35 - 0.05 * Double(k) }
            if day == outage { volume *= 0.1 }
            return volume * MessyQueue.callCentreIntensity(halfHour: halfHour) / Self.callCentreNorm
        }
        random = SeededRandom(seed: seed, stream: "messy/\(retail.id)")
        let retailFile = MessyIntervals.file(for: retail, from: firstDay.midnightSeconds, to: end,
                                             nowSeconds: nowSeconds, hourly: true, random: &random) { day, halfHour in
            let years = Double(day.daysSinceEpoch - firstDay.daysSinceEpoch) / 365.25
            return retail.dailyVolume * pow(1.1, years) * MessyQueue.retailWeekdays[day.weekdayIndex]
                * MessyQueue.christmas(day) * MessyQueue.retailIntensity(halfHour: halfHour) / Self.retailNorm
        }

        var closures = CSVWriter(header: ["queue", "date", "reason"])
        for (day, name) in holidays.sorted(by: { $0.key < $1.key }) {
            closures.text(callCentre.id)
            closures.date(day)
            closures.text("public holiday: \(name)")
            closures.endRow()
        }
        let files = [
            Self.accountsFile(),
            Self.queuesFile([callCentre, retail], from: firstDay.midnightSeconds),
            callCentreFile, retailFile,
            DemoFile(kind: .queueClosures, fileName: "messy-queue-closures.csv", csvText: closures.csvText,
                     rowCount: closures.rowCount),
        ]
        let seasons = Set((firstDay.daysSinceEpoch...today.daysSinceEpoch).compactMap { number -> Int? in
            let day = LocalDate(daysSinceEpoch: number)
            return day.month == 12 && day.day == 23 ? day.year : nil
        }).sorted()
        let facts = MessyWorldFacts(
            callCentreQueue: callCentre.id, retailQueue: retail.id,
            holidayClosures: holidays.keys.sorted().map(\.description), feedGaps: gaps.sorted().map(\.description),
            outage: outage.description, launch: launch.map(\.description), christmasSeasons: seasons)
        return MessyWorld(files: files, facts: facts)
    }

    static let callCentreNorm = (0..<48).reduce(0.0) { $0 + MessyQueue.callCentreIntensity(halfHour: $1) }
    static let retailNorm = (0..<48).reduce(0.0) { $0 + MessyQueue.retailIntensity(halfHour: $1) }

    /// The market's public holidays from Callboard's holiday table, by local date (none for a
    /// market or year the table does not cover).
    static func holidays(market: String, from first: LocalDate, through last: LocalDate) -> [LocalDate: String] {
        var found: [LocalDate: String] = [:]
        for year in first.year...last.year {
            guard let holidays = try? PublicHolidayCalendar.standard.holidays(in: year, market: Forecasting.Market(market))
            else { continue }
            for holiday in holidays {
                let day = LocalDate(daysSinceEpoch: holiday.date.daysSinceEpoch)
                if day >= first, day <= last, found[day] == nil { found[day] = holiday.name }
            }
        }
        return found
    }

    static func accountsFile() -> DemoFile {
        var writer = CSVWriter(header: ["account_id", "name", "markets", "brands", "channels", "languages", "signed_on"])
        writer.text(account)
        writer.text("Northwind Outfitters")
        writer.list(["US", "GB"])
        writer.list(["Northwind"])
        writer.list(["voice", "chat"])
        writer.list(["en"])
        writer.date(LocalDate(2018, 3, 1))
        writer.endRow()
        return DemoFile(kind: .accounts, fileName: "messy-accounts.csv", csvText: writer.csvText, rowCount: 1)
    }

    static func queuesFile(_ queues: [QueueProfile], from start: Int) -> DemoFile {
        var writer = CSVWriter(header: ["queue_id", "account_id", "channel", "language", "timezone", "hours",
                                        "sla", "sla_effective_from", "market"])
        for queue in queues {
            writer.text(queue.id)
            writer.text(queue.account)
            writer.text(queue.channel.rawValue)
            writer.text(queue.language)
            writer.text(queue.timeZoneID)
            writer.text(queue.hours.text)
            writer.text(queue.sla.text)
            writer.instant(start)
            writer.text(queue.market)
            writer.endRow()
        }
        return DemoFile(kind: .queues, fileName: "messy-queues.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
