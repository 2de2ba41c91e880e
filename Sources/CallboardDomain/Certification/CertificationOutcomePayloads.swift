import Foundation

/// An agent passed the assessment and nesting and is certified on a program. The local days
/// are on the agent's site's clock (`timeZone`); the certification is valid from the start of
/// `certifiedOn` until the start of `expiresOn`, i.e. `validFrom..<validUntil` in real time.
public struct AgentCertified: EventPayload {
    public static let eventType = "AgentCertified"
    public let agentID: AgentID
    public let programID: ProgramID
    public let cycle: Int
    /// The program revision the agent trained under.
    public let programRevision: Int
    public let certifiedOn: LocalDate
    /// The first day the certification no longer holds: `certifiedOn` plus the program's
    /// validity, or the day after a newer revision's recertify-by day if that is earlier.
    public let expiresOn: LocalDate
    /// The revision whose recertify-by day set `expiresOn`, if one did.
    public let recertifyRevision: Int?
    public let timeZone: TimeZoneID
    public let validFrom: Date
    public let validUntil: Date
    public let assessmentScorePercent: Double
    public let nestingEvaluations: Int
    public let nestingAverageScore: Double
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, cycle) }
}

/// An agent failed a training cycle: every assessment attempt allowed was used without passing.
public struct CertificationFailed: EventPayload {
    public static let eventType = "CertificationFailed"
    public let agentID: AgentID
    public let programID: ProgramID
    public let cycle: Int
    public let attempts: Int
    public let bestScorePercent: Double
    public let passMarkPercent: Double
    public let failedOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, cycle) }
}

/// An agent's certification ran out (its validity ended or a revision required recertification).
public struct CertificationExpired: EventPayload {
    public static let eventType = "CertificationExpired"
    public let agentID: AgentID
    public let programID: ProgramID
    /// Which certification: the day it was granted.
    public let certifiedOn: LocalDate
    /// The first day it no longer held.
    public let expiredOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, certifiedOn) }
}

/// A certification was withdrawn before it expired (e.g. after a serious QA finding).
public struct CertificationRevoked: EventPayload {
    public static let eventType = "CertificationRevoked"
    public let agentID: AgentID
    public let programID: ProgramID
    /// Which certification: the day it was granted.
    public let certifiedOn: LocalDate
    public let revokedAt: Date
    /// The local day of `revokedAt` on the certification's clock.
    public let revokedOn: LocalDate
    public let reason: String
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, programID, certifiedOn) }
}
