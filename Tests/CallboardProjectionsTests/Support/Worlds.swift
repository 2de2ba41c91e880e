import CallboardDomain
import Foundation

/// The small worlds the read-model tests share; each test states what it expects of them.
enum Worlds {
    /// Follow-the-sun on New York's fall-back day, 2026-11-01 (01:00-02:00 EDT happens, then
    /// 01:00-02:00 EST): Manila and Santa Cruz agents cover two New York queues.
    ///
    /// - M1 (Manila, en, live): 12:00-22:00 Manila = 04:00-14:00 UTC on TAB-EN, break 17:00+30.
    /// - M2 (Manila, en, training): the same hours on TAB-EN, no break; scheduled, not counted.
    /// - S1 (Santa Cruz, en+es, live): 03:15-07:00 La Paz = 07:15-11:00 UTC on TAB-EN and TAB-ES.
    /// - S2 (Santa Cruz, es only, live): 03:00-05:00 La Paz = 07:00-09:00 UTC on TAB-EN; not counted.
    /// - TAB-EN is open 24/7; TAB-ES on Sundays 08:00-12:00 New York time (13:00-17:00 UTC that day).
    static func followTheSun(_ world: inout WorldLog) async throws {
        try await world.openSite("MNL", zone: "Asia/Manila", languages: ["en", "tl"])
        try await world.openSite("SCZ", zone: "America/La_Paz", languages: ["es", "en"])
        try await world.signAccount("TAB")
        try await world.openQueue("TAB-EN", account: "TAB")
        try await world.openQueue(
            "TAB-ES", account: "TAB", language: "es",
            hours: .weekly([.sunday: OpeningHours(open: "08:00", close: "12:00")]))
        try await world.hire("M1", at: "MNL")
        try await world.hire("M2", at: "MNL", status: .training)
        try await world.hire("S1", at: "SCZ", languages: [LanguageSkill("en", .fluent), LanguageSkill("es", .native)])
        try await world.hire("S2", at: "SCZ", languages: [LanguageSkill("es", .native)])
        try await world.plan("M1-1101", agent: "M1", queues: ["TAB-EN"], on: "2026-11-01", from: "12:00", to: "22:00",
                             breaks: [ShiftBreak(start: "17:00", minutes: 30)])
        try await world.plan("M2-1101", agent: "M2", queues: ["TAB-EN"], on: "2026-11-01", from: "12:00", to: "22:00")
        try await world.plan("S1-1101", agent: "S1", queues: ["TAB-EN", "TAB-ES"], on: "2026-11-01", from: "03:15", to: "07:00")
        try await world.plan("S2-1101", agent: "S2", queues: ["TAB-EN"], on: "2026-11-01", from: "03:00", to: "05:00")
    }

    /// A pet-apparel account with a voice queue (80/20/5, tightened to 90/20/5 from
    /// 2026-11-16 00:00 New York) and an email queue (first response within 24 h), opened by
    /// an event recorded before SLAs stated their percent: judged against the 95% default.
    static func serviceLevels(_ world: inout WorldLog) async throws {
        try await world.signAccount("PET")
        try await world.openQueue("PET-V", account: "PET", slaFrom: utc("2026-01-01T05:00:00Z"))
        try await world.recordAsOfOld("PET-E", type: "QueueOpened", payload: """
            {"accountID":"PET","channel":"email","hours":{"alwaysOpen":{}},"language":"en","market":"US","queueID":"PET-E",\
            "sla":{"firstResponse":{"clock":"allHours","withinHours":24}},"slaEffectiveFrom":"2026-01-01T05:00:00Z",\
            "timeZone":"America/New_York"}
            """)
        try await world.queue(.changeSLA(
            queue: "PET-V", sla: .answered(percent: 90, withinSeconds: 20, shortAbandonSeconds: 5),
            effectiveFrom: utc("2026-11-16T05:00:00Z")))
    }
}
