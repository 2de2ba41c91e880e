import Foundation

/// One certification an agent was granted on a program, and what later ended it early
/// (a revocation) or recorded its end (an expiry). Validity intervals are derived from it.
public struct HeldCertification: Sendable, Equatable {
    public let granted: AgentCertified
    public internal(set) var expiry: CertificationExpired?
    public internal(set) var revocation: CertificationRevoked?

    init(_ granted: AgentCertified) { self.granted = granted }

    /// When, in real time, this certification holds under `program`'s revisions, and why it
    /// ends: at its expiry, at the end of a newer revision's recertify-by day if earlier, or at
    /// its revocation if earlier still. Nil when it never held.
    public func validity(under program: TrainingProgramState?) -> ValidityInterval? {
        let zone = granted.timeZone.timeZone ?? .gmt
        var until = granted.validUntil
        var ending: ValidityEnding = granted.recertifyRevision.map {
            .recertificationRequired(revision: $0, by: granted.expiresOn.adding(days: -1))
        } ?? .expires(on: granted.expiresOn)
        if let revision = program?.recertificationDeadline(after: granted.programRevision),
           let deadline = revision.recertifyBy, deadline.adding(days: 1) < ending.lapsesOn {
            until = deadline.adding(days: 1).start(in: zone)
            ending = .recertificationRequired(revision: revision.number, by: deadline)
        }
        if let revocation, revocation.revokedAt < until {
            until = revocation.revokedAt
            ending = .revoked(on: revocation.revokedOn, reason: revocation.reason)
        }
        guard until > granted.validFrom else { return nil }
        return ValidityInterval(from: granted.validFrom, until: until, certifiedOn: granted.certifiedOn, ending: ending)
    }
}
