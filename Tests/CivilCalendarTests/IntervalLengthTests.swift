import CivilCalendar
import Foundation
import Testing

/// The merged interval length: the domain's `IntervalLength` and the forecaster's `IntervalSeries.Length`.
@Suite("Interval length")
struct IntervalLengthTests {
    @Test("Minutes, seconds and intervals per day and week")
    func sizes() {
        #expect(IntervalLength.allCases.map(\.minutes) == [15, 30, 60])
        #expect(IntervalLength.allCases.map(\.perDay) == [96, 48, 24])
        #expect(IntervalLength.allCases.map(\.perWeek) == [672, 336, 168])
        #expect(IntervalLength.sixtyMinutes.seconds == 3_600)
    }

    @Test("Alignment and the interval containing an instant, before 1970 too")
    func alignment() {
        let quarter = IntervalLength.fifteenMinutes
        #expect(quarter.isAligned(Date(timeIntervalSince1970: 900)) && !quarter.isAligned(Date(timeIntervalSince1970: 901)))
        #expect(!quarter.isAligned(Date(timeIntervalSince1970: 900.5)))
        #expect(quarter.start(containing: Date(timeIntervalSince1970: 1_799)) == Date(timeIntervalSince1970: 900))
        #expect(quarter.start(containing: Date(timeIntervalSince1970: -1)) == Date(timeIntervalSince1970: -900))
    }

    @Test("Stored as its minutes (the raw value events and read models hold)")
    func coding() throws {
        #expect(String(decoding: try JSONEncoder().encode([IntervalLength.thirtyMinutes]), as: UTF8.self) == "[30]")
        #expect(try JSONDecoder().decode([IntervalLength].self, from: Data("[60]".utf8)) == [.sixtyMinutes])
    }
}
