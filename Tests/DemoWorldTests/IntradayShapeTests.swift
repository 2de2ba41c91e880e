import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// Demand follows the buyers' clock in the market's timezone, across DST changes, and the
    /// week has its channel's shape.
    @Suite struct IntradayShapeTests {
        let usVoice = QueueHistory(queue: "tabula-voice-en-us", zone: "America/New_York")

        @Test func nightsAreQuietAndLateMorningsBusyInMarketTime() {
            let days = CSVByteReader.daysSinceEpoch(2025, 9, 1)...CSVByteReader.daysSinceEpoch(2025, 9, 30)
            let hours = usVoice.offeredPerHour(days: days)
            #expect(hours[3] * 8 < hours[10], "03:00 vs 10:00 New York time: \(hours)")
            let seoul = QueueHistory(queue: "verdant-social-ko-kr", zone: "Asia/Seoul")
            let seoulHours = seoul.offeredPerHour(days: days)
            #expect((18...22).contains(seoulHours.busiest), "social peaks in the Seoul evening: \(seoulHours)")
        }

        @Test func theBusiestLocalHourSurvivesTheNovemberDSTChange() {
            let change = CSVByteReader.daysSinceEpoch(2025, 11, 2)
            let before = usVoice.offeredPerHour(days: change - 21...change - 1)
            let after = usVoice.offeredPerHour(days: change + 1...change + 18)
            #expect(before.busiest == 10 && after.busiest == 10, "local peaks \(before.busiest), \(after.busiest)")
            let utcBefore = usVoice.offeredPerHour(days: change - 21...change - 1, local: false)
            let utcAfter = usVoice.offeredPerHour(days: change + 1...change + 18, local: false)
            #expect(utcAfter.busiest == utcBefore.busiest + 1, "in UTC the peak moves an hour later")
        }

        @Test func callsAndChatsHaveRowsOnlyInOpeningHoursOnTheLocalClock() {
            let berlin = QueueHistory(queue: "tabula-chat-de-de", zone: "Europe/Berlin")
            for (row, local) in zip(berlin.rows, berlin.positions) {
                let weekday = (local.day + 3) % 7
                #expect(weekday < 6 && (8..<20).contains(local.hour), "closed at \(row.start)")
                if weekday >= 6 || !(8..<20).contains(local.hour) { return }
            }
        }

        @Test func weekendsAreQuietForCallsAndBusyForSocial() {
            func weekendShare(_ history: QueueHistory) -> Double {
                let perDay = history.offeredPerDay
                let weekend = perDay.filter { ($0.key + 3) % 7 >= 5 }.values.reduce(0, +)
                return Double(weekend) / Double(perDay.values.reduce(0, +))
            }
            #expect(weekendShare(usVoice) < 2.0 / 7 * 0.8)
            let social = QueueHistory(queue: "pawsome-social-en-us", zone: "America/New_York")
            #expect(weekendShare(social) > 2.0 / 7 * 1.1)
        }
    }
}
