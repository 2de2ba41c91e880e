/// Everything that can happen to a training program (stream `program-<id>`).
public enum TrainingProgramEvent: DomainEvent {
    case defined(TrainingProgramDefined)
    case revised(TrainingProgramRevised)
    case retired(TrainingProgramRetired)

    public var payload: any EventPayload {
        switch self {
        case let .defined(payload): payload
        case let .revised(payload): payload
        case let .retired(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<TrainingProgramEvent>(streamKind: "training program", [
        .init(TrainingProgramDefined.self, TrainingProgramEvent.defined),
        .init(TrainingProgramRevised.self, TrainingProgramEvent.revised),
        .init(TrainingProgramRetired.self, TrainingProgramEvent.retired),
    ])
}
