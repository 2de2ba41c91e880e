import Testing
import Forecasting

@Suite("Special-day calendar")
struct SpecialDayCalendarTests {
    let calendar = SpecialDayCalendar.standard

    func days(_ event: PeakEvent, _ year: Int, _ market: Market = .unitedStates) -> ClosedRange<LocalDate>? {
        calendar.dates(in: year, market: market).first { $0.event == event }?.days
    }

    @Test("Black Friday and Cyber Monday follow US Thanksgiving", arguments: [
        (2024, "2024-11-29", "2024-12-02"), (2025, "2025-11-28", "2025-12-01"), (2026, "2026-11-27", "2026-11-30"),
        (2027, "2027-11-26", "2027-11-29"),
    ])
    func blackFridayAndCyberMonday(year: Int, blackFriday: String, cyberMonday: String) {
        #expect(days(.blackFriday, year)?.lowerBound.description == blackFriday)
        #expect(days(.cyberMonday, year)?.lowerBound.description == cyberMonday)
    }

    @Test("Prime Day comes from the calendar: 2024 two days, 2025 four, 2026 assumed two, 2027 unknown")
    func primeDay() {
        #expect(days(.primeDay, 2024) == "2024-07-16"..."2024-07-17")
        #expect(days(.primeDay, 2025) == "2025-07-08"..."2025-07-11")
        #expect(days(.primeDay, 2026) == "2026-07-14"..."2026-07-15")
        #expect(days(.primeDay, 2027) == nil)
    }

    @Test("Events per market: Boxing Day for GB, Singles' Day in Asia, Prime Day where Amazon runs it")
    func eventsPerMarket() {
        #expect(calendar.events(for: .greatBritain).contains(.boxingDay))
        #expect(!calendar.events(for: .unitedStates).contains(.boxingDay))
        #expect(calendar.events(for: "CN") == [.singlesDay])
        #expect(calendar.events(for: "MY").contains(.singlesDay))
        #expect(!calendar.events(for: .germany).contains(.singlesDay))
        for market: Market in ["US", "GB", "DE", "FR", "BE", "MX", "BR"] {
            #expect(calendar.events(for: market).isSuperset(of: [.blackFriday, .cyberMonday, .christmas, .primeDay]))
        }
        #expect(!calendar.events(for: "ZA").contains(.primeDay))
        #expect(days(.christmasRunUp, 2026) == "2026-12-10"..."2026-12-23")
        #expect(days(.singlesDay, 2026, "CN") == "2026-11-11"..."2026-11-11")
    }

    @Test("Days are aligned by distance to the nearest event, not by date")
    func alignment() {
        let us = calendar.peakDays(from: "2026-11-01", through: "2027-01-10", market: .unitedStates)
        #expect(us["2026-11-19"] == nil)
        #expect(us["2026-11-20"]?.description == "blackFriday - 7")
        #expect(us["2026-11-26"] == PeakDay(event: .blackFriday, position: .before(1)))
        #expect(us["2026-11-27"] == PeakDay(event: .blackFriday, position: .during(0)))
        #expect(us["2026-11-28"] == PeakDay(event: .blackFriday, position: .after(1)))
        #expect(us["2026-11-29"] == PeakDay(event: .cyberMonday, position: .before(1)))
        #expect(us["2026-12-11"] == PeakDay(event: .christmasRunUp, position: .during(1)))
        #expect(us["2026-12-24"] == PeakDay(event: .christmas, position: .before(1)))
        #expect(us["2026-12-26"] == PeakDay(event: .christmas, position: .after(1)))
        #expect(us["2027-01-04"] == PeakDay(event: .christmas, position: .after(10)))
        #expect(us["2027-01-05"] == nil)
        let gb = calendar.peakDays(from: "2026-12-20", through: "2026-12-31", market: .greatBritain)
        #expect(gb["2026-12-26"] == PeakDay(event: .boxingDay, position: .during(0)))
        // Black Friday 2025 and 2026 share a position although their dates differ.
        let lastYear = calendar.peakDays(from: "2025-11-01", through: "2025-12-31", market: .unitedStates)
        #expect(lastYear["2025-11-28"] == us["2026-11-27"])
    }

    @Test("Prime Day days count from its first day, days after it from its last")
    func multiDayEvent() {
        let peakDays = calendar.peakDays(from: "2025-07-01", through: "2025-07-31", market: .unitedStates)
        #expect(peakDays["2025-07-07"] == PeakDay(event: .primeDay, position: .before(1)))
        #expect(peakDays["2025-07-11"] == PeakDay(event: .primeDay, position: .during(3)))
        #expect(peakDays["2025-07-12"] == PeakDay(event: .primeDay, position: .after(1)))
        #expect(peakDays["2025-07-22"] == nil)
    }
}
