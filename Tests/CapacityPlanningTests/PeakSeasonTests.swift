import CapacityPlanning
import Forecasting
import Testing

@Suite("Named peak seasons")
struct PeakSeasonTests {
    @Test func blackFridaySeasonsRunFromTheMondayOfBlackFridayWeekToThreeJanuary() throws {
        let season = try PeakSeason.named("black-friday-2026")
        #expect(season.firstDay == "2026-11-23")
        #expect(season.lastDay == "2027-01-03")
        #expect(season.days.count == 42)
        #expect(season.firstDay.weekdayIndex == 0 && season.lastDay.weekdayIndex == 6)
        #expect(season.intervalMinutes == 30)
        let earlier = try PeakSeason.named("black-friday-2025")
        #expect(earlier.firstDay == "2025-11-24" && earlier.lastDay == "2026-01-03")
    }

    @Test(arguments: ["christmas-2026", "black-friday-", "black-friday-26x", "black-friday-1999", "Black-Friday-2026"])
    func otherNamesAreRefusedNamingTheForm(_ name: String) {
        #expect(throws: UnknownSeason(name: name)) { try PeakSeason.named(name) }
        #expect(UnknownSeason(name: name).description.contains("black-friday-YYYY"))
    }
}
