import Foundation
import Testing
@testable import CallboardDomain

/// The DST rule on the real 2026 transitions: gaps are refused naming the gap, repeated
/// times need an occurrence, zones without DST are unaffected.
@Suite("Wall-clock times across DST changes")
struct WallClockTests {
    private func local(_ date: LocalDate, _ time: LocalTime) -> LocalDateTime { LocalDateTime(date: date, time: time) }

    @Test func ordinaryTimeResolvesOnce() throws {
        #expect(try local("2026-07-01", "09:00").instant(in: zone("America/New_York")) == utc("2026-07-01T13:00:00Z"))
    }

    @Test func newYorkSpringForwardGapIsNamed() {
        #expect(throws: WallClockProblem.skipped(from: local("2026-03-08", "02:00"), to: local("2026-03-08", "03:00")))
        {
            try local("2026-03-08", "02:30").instant(in: zone("America/New_York"))
        }
    }

    @Test func newYorkFallBackNeedsAnOccurrence() throws {
        let time = local("2026-11-01", "01:30")
        let ny = zone("America/New_York")
        #expect(
            throws: WallClockProblem.repeated(earlier: utc("2026-11-01T05:30:00Z"), later: utc("2026-11-01T06:30:00Z"))
        ) {
            try time.instant(in: ny)
        }
        #expect(try time.instant(in: ny, occurrence: .earlier) == utc("2026-11-01T05:30:00Z"))
        #expect(try time.instant(in: ny, occurrence: .later) == utc("2026-11-01T06:30:00Z"))
    }

    @Test func londonTransitions() throws {
        let london = zone("Europe/London")
        #expect(throws: WallClockProblem.skipped(from: local("2026-03-29", "01:00"), to: local("2026-03-29", "02:00")))
        {
            try local("2026-03-29", "01:30").instant(in: london)
        }
        #expect(try local("2026-10-25", "01:30").instant(in: london, occurrence: .later) == utc("2026-10-25T01:30:00Z"))
        #expect(
            try local("2026-10-25", "01:30").instant(in: london, occurrence: .earlier) == utc("2026-10-25T00:30:00Z"))
    }

    @Test func sofiaTransitions() throws {
        let sofia = zone("Europe/Sofia")
        #expect(throws: WallClockProblem.skipped(from: local("2026-03-29", "03:00"), to: local("2026-03-29", "04:00")))
        {
            try local("2026-03-29", "03:00").instant(in: sofia)
        }
        #expect(try local("2026-03-29", "04:00").instant(in: sofia) == utc("2026-03-29T01:00:00Z"))
        #expect(
            throws: WallClockProblem.repeated(earlier: utc("2026-10-25T00:30:00Z"), later: utc("2026-10-25T01:30:00Z"))
        ) {
            try local("2026-10-25", "03:30").instant(in: sofia)
        }
    }

    @Test(arguments: ["Asia/Manila", "America/La_Paz", "Asia/Seoul"])
    func zonesWithoutDSTNeverFail(_ identifier: String) throws {
        let noDST = zone(identifier)
        for date: LocalDate in ["2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01"] {
            for time: LocalTime in ["00:30", "01:30", "02:30", "03:30"] {
                let instant = try local(date, time).instant(in: noDST)
                #expect(LocalDateTime(instant, in: noDST) == local(date, time))
            }
        }
    }

    @Test func occurrenceIsIgnoredForTimesThatHappenOnce() throws {
        #expect(
            try local("2026-07-01", "09:00").instant(in: zone("Asia/Manila"), occurrence: .later)
                == utc("2026-07-01T01:00:00Z"))
    }
}
