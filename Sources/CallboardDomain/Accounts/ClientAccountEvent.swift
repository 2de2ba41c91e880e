/// Everything that can happen to a client account (stream `account-<id>`).
public enum ClientAccountEvent: DomainEvent {
    case signed(AccountSigned)
    case offboarded(AccountOffboarded)

    public var payload: any EventPayload {
        switch self {
        case let .signed(payload): payload
        case let .offboarded(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<ClientAccountEvent>(streamKind: "client account", [
        .init(AccountSigned.self, ClientAccountEvent.signed),
        .init(AccountOffboarded.self, ClientAccountEvent.offboarded),
    ])
}
