import Testing
@testable import CallboardDomain

@Suite("SLA timeline and hours of operation")
struct ServiceLevelTests {
    private let standard = ServiceLevelAgreement.answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5)
    private let peak = ServiceLevelAgreement.answered(percent: 90, withinSeconds: 15, shortAbandonSeconds: 5)

    @Test func slaInForceAtAnInstant() {
        let timeline = ServiceLevelTimeline([
            .init(effectiveFrom: utc("2026-11-27T05:00:00Z"), sla: peak),
            .init(effectiveFrom: utc("2026-01-01T05:00:00Z"), sla: standard),
            .init(effectiveFrom: utc("2026-12-26T05:00:00Z"), sla: standard),
        ])
        #expect(timeline.sla(at: utc("2025-12-31T00:00:00Z")) == nil)
        #expect(timeline.sla(at: utc("2026-01-01T05:00:00Z")) == standard)
        #expect(timeline.sla(at: utc("2026-11-30T12:00:00Z")) == peak)
        #expect(timeline.sla(at: utc("2027-01-10T12:00:00Z")) == standard)
    }

    @Test func slaKindsFitTheirChannels() {
        #expect(standard.fits(.voice) && standard.fits(.chat))
        #expect(!standard.fits(.email) && !standard.fits(.social))
        let email = ServiceLevelAgreement.firstResponse(withinHours: 24, clock: .allHours)
        #expect(email.fits(.email) && email.fits(.social) && !email.fits(.voice))
        #expect(standard.description == "80% answered within 20 s (abandons under 5 s excluded)")
        #expect(email.description == "first response within 24 h (24/7 clock), no percent stated (judged against the 95% default)")
        let stated = ServiceLevelAgreement.firstResponse(withinHours: 24, clock: .businessHours, percent: 90)
        #expect(stated.description == "90% first responded within 24 h (business-hours clock)")
        #expect(stated.targetShare == 0.9 && email.targetShare == 0.95 && standard.targetShare == 0.8)
        #expect(!email.statesTarget && stated.statesTarget && standard.statesTarget)
    }

    @Test func weeklyHoursAreReadInTheMarketZone() {
        let hours = HoursOfOperation.weekly([.monday: .init(open: "08:00", close: "20:00")])
        let newYork = zone("America/New_York")
        #expect(hours.isOpen(at: utc("2026-03-09T12:00:00Z"), in: newYork))  // Mon 08:00 EDT
        #expect(!hours.isOpen(at: utc("2026-03-09T11:59:00Z"), in: newYork))  // Mon 07:59
        #expect(!hours.isOpen(at: utc("2026-03-10T00:00:00Z"), in: newYork))  // Mon 20:00, closed
        #expect(!hours.isOpen(at: utc("2026-03-10T12:00:00Z"), in: newYork))  // Tuesday
    }

    @Test func overnightHoursRunPastMidnight() {
        let hours = HoursOfOperation.weekly([.saturday: .init(open: "22:00", close: "02:00")])
        let manila = zone("Asia/Manila")
        #expect(hours.isOpen(at: utc("2026-03-07T14:30:00Z"), in: manila))  // Sat 22:30
        #expect(hours.isOpen(at: utc("2026-03-07T17:59:00Z"), in: manila))  // Sun 01:59
        #expect(!hours.isOpen(at: utc("2026-03-07T18:00:00Z"), in: manila))  // Sun 02:00
        #expect(!hours.isOpen(at: utc("2026-03-07T13:59:00Z"), in: manila))  // Sat 21:59
    }

    @Test func alwaysOpenAndWholeDay() {
        #expect(HoursOfOperation.alwaysOpen.isOpen(at: utc("2026-03-08T07:00:00Z"), in: zone("America/New_York")))
        let wholeMonday = HoursOfOperation.weekly([.monday: .init(open: "00:00", close: "00:00")])
        let newYork = zone("America/New_York")
        #expect(!wholeMonday.isOpen(at: utc("2026-03-09T03:59:00Z"), in: newYork))  // Sun 23:59 EDT
        #expect(wholeMonday.isOpen(at: utc("2026-03-09T04:00:00Z"), in: newYork))  // Mon 00:00
        #expect(wholeMonday.isOpen(at: utc("2026-03-10T03:59:00Z"), in: newYork))  // Mon 23:59
        #expect(!wholeMonday.isOpen(at: utc("2026-03-10T04:00:00Z"), in: newYork))  // Tue 00:00
    }
}
