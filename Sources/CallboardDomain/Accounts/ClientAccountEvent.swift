/// Everything that can happen to a client account (stream `account-<id>`).
public enum ClientAccountEvent: DomainEvent {
    case signed(AccountSigned)
    case offboarded(AccountOffboarded)
    case campaignRecorded(CampaignRecorded)
    case campaignWithdrawn(CampaignWithdrawn)

    public var payload: any EventPayload {
        switch self {
        case let .signed(payload): payload
        case let .offboarded(payload): payload
        case let .campaignRecorded(payload): payload
        case let .campaignWithdrawn(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<ClientAccountEvent>(streamKind: "client account", [
        .init(AccountSigned.self, ClientAccountEvent.signed),
        .init(AccountOffboarded.self, ClientAccountEvent.offboarded),
        .init(CampaignRecorded.self, ClientAccountEvent.campaignRecorded),
        .init(CampaignWithdrawn.self, ClientAccountEvent.campaignWithdrawn),
    ])
}
