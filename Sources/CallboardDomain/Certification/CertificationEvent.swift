/// Everything that can happen to one agent's training and certification on one program
/// (stream `certification-<agentId>-<programId>`).
public enum CertificationEvent: DomainEvent {
    case enrolled(AgentEnrolled)
    case moduleCompleted(TrainingModuleCompleted)
    case assessmentTaken(AssessmentTaken)
    case nestingStarted(NestingStarted)
    case nestingQARecorded(NestingQARecorded)
    case certified(AgentCertified)
    case failed(CertificationFailed)
    case expired(CertificationExpired)
    case revoked(CertificationRevoked)

    public var payload: any EventPayload {
        switch self {
        case let .enrolled(payload): payload
        case let .moduleCompleted(payload): payload
        case let .assessmentTaken(payload): payload
        case let .nestingStarted(payload): payload
        case let .nestingQARecorded(payload): payload
        case let .certified(payload): payload
        case let .failed(payload): payload
        case let .expired(payload): payload
        case let .revoked(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<CertificationEvent>(streamKind: "certification", [
        .init(AgentEnrolled.self, CertificationEvent.enrolled),
        .init(TrainingModuleCompleted.self, CertificationEvent.moduleCompleted),
        .init(AssessmentTaken.self, CertificationEvent.assessmentTaken),
        .init(NestingStarted.self, CertificationEvent.nestingStarted),
        .init(NestingQARecorded.self, CertificationEvent.nestingQARecorded),
        .init(AgentCertified.self, CertificationEvent.certified),
        .init(CertificationFailed.self, CertificationEvent.failed),
        .init(CertificationExpired.self, CertificationEvent.expired),
        .init(CertificationRevoked.self, CertificationEvent.revoked),
    ])
}
