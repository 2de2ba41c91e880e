/// Everything that can happen to a queue (stream `queue-<id>`).
public enum QueueEvent: DomainEvent {
    case opened(QueueOpened)
    case slaChanged(QueueSLAChanged)
    case closed(QueueClosed)
    case closureRecorded(QueueClosureRecorded)
    case closureWithdrawn(QueueClosureWithdrawn)
    case dayConfirmedReal(QueueDayConfirmedReal)
    case dayConfirmationWithdrawn(QueueDayConfirmationWithdrawn)

    public var payload: any EventPayload {
        switch self {
        case let .opened(payload): payload
        case let .slaChanged(payload): payload
        case let .closed(payload): payload
        case let .closureRecorded(payload): payload
        case let .closureWithdrawn(payload): payload
        case let .dayConfirmedReal(payload): payload
        case let .dayConfirmationWithdrawn(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<QueueEvent>(streamKind: "queue", [
        .init(QueueOpened.self, QueueEvent.opened),
        .init(QueueSLAChanged.self, QueueEvent.slaChanged),
        .init(QueueClosed.self, QueueEvent.closed),
        .init(QueueClosureRecorded.self, QueueEvent.closureRecorded),
        .init(QueueClosureWithdrawn.self, QueueEvent.closureWithdrawn),
        .init(QueueDayConfirmedReal.self, QueueEvent.dayConfirmedReal),
        .init(QueueDayConfirmationWithdrawn.self, QueueEvent.dayConfirmationWithdrawn),
    ])
}
