import CallboardDomain
import Foundation

/// One agent's standing on one training program at an instant, as the certification
/// reports show it: who, where, on what, at which stage, and, when not certified, why not
/// in the words of the scheduling gate.
public struct ProgramStanding: Sendable, Equatable {
    public let agentID: AgentID
    public let name: String
    public let siteID: SiteID
    public let status: AgentStatus
    public let languages: [LanguageCode]
    public let programID: ProgramID
    public let accountID: AccountID
    public let stage: CertificationStage
    /// The day the certification in force (or the latest one) was granted.
    public let certifiedOn: LocalDate?
    /// The first local day the certification in force no longer holds.
    public let expiresOn: LocalDate?
    /// The first instant it no longer holds.
    public let validUntil: Date?
    /// Why the agent may not work the program's queues at the instant (nil when certified),
    /// e.g. `the certification for program TAB-SLATE expired on 2026-12-01`.
    public let reason: String?

    /// Whether the agent is certified at the instant and the certification ends within
    /// `window` seconds of it.
    public func isExpiring(within window: TimeInterval, of instant: Date) -> Bool {
        guard case .certified = stage, let validUntil else { return false }
        return validUntil <= instant.addingTimeInterval(window)
    }

    init(agent: StoredAgent, record: StoredRecord, validity: CertificationValidity, at instant: Date) {
        agentID = agent.agentID
        name = agent.name
        siteID = agent.siteID
        status = agent.status
        languages = agent.languages
        programID = record.programID
        accountID = record.accountID
        stage = CertificationStage.at(instant, validity: validity, enrolledOn: record.enrolledOn,
                                      nestingSince: record.nestingSince, outcome: record.outcome)
        let current = validity.intervals.first { $0.contains(instant) }
        let latest = current ?? validity.intervals.last { $0.from <= instant }
        certifiedOn = latest?.certifiedOn
        expiresOn = current?.ending.lapsesOn
        validUntil = current?.until
        switch validity.verdict(throughout: instant..<instant.addingTimeInterval(1)) {
        case .allowed: reason = nil
        case let .refused(gap): reason = gap.description
        }
    }
}

extension CertificationStage {
    /// `certified`, `in training`, `nesting`, `failed`, `expired`, `revoked` or `recertify`:
    /// the word reports print.
    public var word: String {
        switch self {
        case .certified: "certified"
        case .inTraining: "in training"
        case .nesting: "nesting"
        case .failed: "failed"
        case let .lapsed(ending):
            switch ending {
            case .expires: "expired"
            case .recertificationRequired: "recertify"
            case .revoked: "revoked"
            }
        }
    }
}

extension Array where Element == ProgramStanding {
    /// The rows (agent and program) certified at the instant.
    public var certifiedRows: Int { count { if case .certified = $0.stage { true } else { false } } }

    /// Distinct agents certified on at least one program: an agent certified on two
    /// programs is two rows but one agent.
    public var certifiedAgents: Int {
        Set(filter { if case .certified = $0.stage { true } else { false } }.map(\.agentID)).count
    }

    /// Distinct agents in the rows.
    public var agents: Int { Set(map(\.agentID)).count }
}
