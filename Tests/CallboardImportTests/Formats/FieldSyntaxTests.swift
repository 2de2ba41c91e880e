import CallboardDomain
import CallboardImport
import Foundation
import Testing

@Suite("Field syntax")
struct FieldSyntaxTests {
    @Test func instantsNeedAnOffset() throws {
        #expect(try FieldSyntax.instant("2026-11-27T14:30:00Z") == Date(timeIntervalSince1970: 1_795_789_800))
        #expect(try FieldSyntax.instant("2026-11-27T09:30:00-05:00") == Date(timeIntervalSince1970: 1_795_789_800))
        #expect(try FieldSyntax.instant("2026-11-27T20:00:00.5+05:30") == Date(timeIntervalSince1970: 1_795_789_800.5))
        for bad in ["2026-11-27T14:30:00", "2026-11-27 14:30:00Z", "2026-11-27T14:30Z", "2026-11-27T14:30:00+0500",
                    "2026-02-30T00:00:00Z", "2026-11-27T14:30:+1Z"] {
            #expect(throws: FieldSyntaxError.self, "\(bad)") { try FieldSyntax.instant(bad) }
        }
    }

    @Test func hoursOfOperation() throws {
        #expect(try FieldSyntax.hours("24/7") == .alwaysOpen)
        let overnight = try FieldSyntax.hours("fri-mon 22:00-06:00")
        guard case let .weekly(days) = overnight else { Issue.record("not weekly"); return }
        #expect(Set(days.keys) == [.friday, .saturday, .sunday, .monday])
        #expect(days[.friday]?.runsPastMidnight == true)
        #expect(throws: FieldSyntaxError("must be 24/7 or days and hours such as mon-fri 08:00-20:00;sat 09:00-17:00",
                                         detail: "saturday is given more than once")) {
            try FieldSyntax.hours("mon-sat 08:00-20:00;sat 09:00-17:00")
        }
    }

    @Test func serviceLevels() throws {
        #expect(try FieldSyntax.serviceLevel("80/20") == .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 0))
        #expect(try FieldSyntax.serviceLevel("92.5/30/5") == .answered(percent: 92.5, withinSeconds: 30, shortAbandonSeconds: 5))
        #expect(try FieldSyntax.serviceLevel("90/24h") == .firstResponse(withinHours: 24, clock: .allHours, percent: 90))
        #expect(try FieldSyntax.serviceLevel("95/48h business")
                == .firstResponse(withinHours: 48, clock: .businessHours, percent: 95))
        #expect(try FieldSyntax.serviceLevel("92.5/12h") == .firstResponse(withinHours: 12, clock: .allHours, percent: 92.5))
        for bad in ["80", "80/20/5/1", "24 h", "24h weekdays", "h", "eighty/20", "90/24 h", "90/24h weekdays", "x/24h",
                    "90/95/24h", "/24h", "90/h", "nan/24h"] {
            #expect(throws: FieldSyntaxError.self, "\(bad)") { try FieldSyntax.serviceLevel(bad) }
        }
    }

    @Test func aFirstResponseSLAMustStateItsPercent() {
        #expect(throws: FieldSyntaxError("must state the share to respond to in time as well as the hours, such as 95/24h "
                                         + "(95% first responded within 24 h); no share is implied")) {
            try FieldSyntax.serviceLevel("24h")
        }
        #expect(throws: FieldSyntaxError("must state the share to respond to in time as well as the hours, such as "
                                         + "95/48h business (95% first responded within 48 h); no share is implied")) {
            try FieldSyntax.serviceLevel("48h business")
        }
    }

    @Test func listsTrimAndDropEmptyEntries() {
        #expect(FieldSyntax.list(" en ; tl;;") == ["en", "tl"])
    }
}
