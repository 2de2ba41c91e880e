import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// Peaks show where they happen in each market, aligned to the event, and service suffers
    /// on them: the history a peak forecast learns from.
    @Suite struct PeakTests {
        let usVoice = QueueHistory(queue: "tabula-voice-en-us", zone: "America/New_York")

        @Test func blackFridayAndCyberMondayAreWellAboveAnOrdinaryDay() {
            let median = usVoice.medianDay
            for (year, month, day) in [(2024, 11, 29), (2024, 12, 2), (2025, 11, 28), (2025, 12, 1)] {
                let ratio = Double(usVoice.offered(on: year, month, day)) / median
                #expect((1.7...3.2).contains(ratio), "\(year)-\(month)-\(day): \(ratio) x the median day")
            }
            #expect(Double(usVoice.offered(on: 2025, 11, 27)) < median, "Thanksgiving is quiet")
            #expect(Double(usVoice.offered(on: 2025, 12, 25)) < 0.6 * median, "Christmas Day is quiet")
        }

        @Test func serviceLevelDipsOnPeakDays() {
            let levels = usVoice.serviceLevelPerDay
            let median = levels.values.sorted()[levels.count / 2]
            let blackFriday = levels[CSVByteReader.daysSinceEpoch(2025, 11, 28)] ?? 1
            #expect(blackFriday < median - 0.05, "Black Friday SL \(blackFriday) vs median \(median)")
        }

        @Test func eachMarketHasItsOwnPeaks() {
            let ukChat = QueueHistory(queue: "tabula-chat-en-gb", zone: "Europe/London")
            #expect(Double(ukChat.offered(on: 2025, 12, 26)) > 1.5 * ukChat.medianDay, "Boxing Day in GB")
            let malaysia = QueueHistory(queue: "selara-chat-ms-my", zone: "Asia/Kuala_Lumpur")
            #expect(Double(malaysia.offered(on: 2025, 11, 11)) > 1.8 * malaysia.medianDay, "11.11 in MY")
            #expect(Double(malaysia.offered(on: 2025, 11, 28)) < 1.8 * malaysia.medianDay, "Black Friday is minor in MY")
            let amazon = QueueHistory(queue: "pawsome-email-en-us", zone: "America/New_York")
            #expect(Double(amazon.offered(on: 2025, 7, 8)) > 1.8 * amazon.medianDay, "Prime Day for the Amazon seller")
        }

        @Test func volumeGrowsYearOnYear() {
            let history = QueueHistory(queue: "pawsome-email-en-us", zone: "America/New_York")
            let perDay = history.offeredPerDay
            func october(_ year: Int) -> Int {
                let first = CSVByteReader.daysSinceEpoch(year, 10, 1)
                return (first..<first + 31).reduce(0) { $0 + (perDay[$1] ?? 0) }
            }
            let growth = Double(october(2026)) / Double(october(2025))
            #expect((1.15...1.5).contains(growth), "October on October: \(growth)")
        }
    }
}
