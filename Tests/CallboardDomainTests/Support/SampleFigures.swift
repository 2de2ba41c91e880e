@testable import CallboardDomain

extension ContactIntervalFigures {
    /// A plausible busy voice interval: 100 offered, 90 handled, 10 abandoned (3 short).
    static let sample = ContactIntervalFigures(
        offered: 100, handled: 90, abandoned: 10, shortAbandoned: 3,
        answeredWithinThreshold: 80, handleSeconds: 16_200)
}

extension AgentIntervalFigures {
    static let sample = AgentIntervalFigures(
        contactsHandled: 6, handleSeconds: 1_080, firstContactResolutions: 5,
        scheduledSeconds: 1_800, adherentSeconds: 1_650)
}
