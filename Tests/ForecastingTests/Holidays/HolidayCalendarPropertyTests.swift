import Testing
import Forecasting

@Suite("Public holidays: properties and unknown years")
struct HolidayCalendarPropertyTests {
    let calendar = PublicHolidayCalendar.standard

    /// Holidays per year, observed substitutes included, 2020-2035 (bounds from the rules).
    static let countBounds: [(Market, ClosedRange<Int>)] = [
        ("US", 11...16), ("GB", 8...12), ("DE", 9...9), ("FR", 11...11), ("BE", 10...10), ("NL", 10...10),
        ("MX", 7...8), ("BR", 12...13), ("MY", 18...23), ("SG", 10...15), ("KR", 15...26), ("PH", 17...21),
        ("BO", 11...14), ("BG", 15...19),
    ]

    @Test("Every market the product serves and the demo uses is covered")
    func coverage() {
        #expect(calendar.coveredMarkets.map(\.rawValue)
                == ["BE", "BG", "BO", "BR", "DE", "FR", "GB", "KR", "MX", "MY", "NL", "PH", "SG", "US"])
        #expect(Set(Self.countBounds.map(\.0)) == Set(calendar.coveredMarkets))
    }

    @Test("2020-2035: a plausible count per year, sorted, no duplicates, all in the year but US New Year spill-overs",
          arguments: HolidayCalendarPropertyTests.countBounds)
    func everyYear(market: Market, bounds: ClosedRange<Int>) throws {
        for year in 2020...2035 {
            let holidays = try calendar.holidays(in: year, market: market)
            #expect(bounds.contains(holidays.count), "\(market) \(year): \(holidays.count) holidays")
            #expect(holidays.map(\.date) == holidays.map(\.date).sorted(), "\(market) \(year) not sorted")
            let keys = holidays.map { "\($0.date) \($0.name)" }
            #expect(Set(keys).count == keys.count, "\(market) \(year) has duplicates")
            for holiday in holidays where holiday.date.year != year {
                // The only documented spill-over: US New Year's Day on a Saturday, observed on 31 December.
                #expect(market == .unitedStates && holiday.name == "New Year's Day" && holiday.isObservedSubstitute
                        && holiday.date.description == "\(year - 1)-12-31", "\(market) \(year): \(holiday)")
            }
            for holiday in holidays where holiday.isObservedSubstitute {
                #expect(holiday.date.weekdayIndex < 5, "\(market) \(year): substitute on a weekend: \(holiday)")
                #expect(holiday.substituteFor.map { $0.weekdayIndex >= 5 || holidays.contains {
                    $0.date == holiday.substituteFor && !$0.isObservedSubstitute && $0.name != holiday.name
                } } == true, "\(market) \(year): substitute for a weekday without a clash: \(holiday)")
            }
        }
    }

    @Test("A year outside the lunar and Islamic tables is unknown, named, never holiday-free")
    func unknownYear() throws {
        #expect(throws: HolidayCalendarError.datesUnknown(
            market: "SG", year: 2036,
            holidays: ["Chinese New Year", "Hari Raya Puasa", "Vesak Day", "Hari Raya Haji", "Deepavali"])) {
            try calendar.holidays(in: 2036, market: "SG")
        }
        for market: Market in ["MY", "KR", "PH"] {
            #expect(throws: HolidayCalendarError.self) { try calendar.holidays(in: 2019, market: market) }
            #expect(throws: HolidayCalendarError.self) { try calendar.holidays(on: "2036-06-01", market: market) }
        }
        // The last covered day still answers: the next year is only looked at for spill-overs.
        #expect(try calendar.holidays(on: "2035-12-25", market: "MY").map(\.name) == ["Christmas Day"])
        // Rule-only markets know every year.
        #expect(try calendar.holidays(in: 2040, market: .unitedStates).filter { !$0.isObservedSubstitute }.count == 11)
        #expect(try calendar.holidays(in: 2040, market: "BG").count >= 14)
    }

    @Test("A market without rules says so")
    func uncoveredMarket() {
        #expect(throws: HolidayCalendarError.marketNotCovered("ZA")) {
            try calendar.holidays(in: 2026, market: "ZA")
        }
        #expect(HolidayCalendarError.marketNotCovered("ZA").description == "no public holiday rules for market ZA")
    }
}
