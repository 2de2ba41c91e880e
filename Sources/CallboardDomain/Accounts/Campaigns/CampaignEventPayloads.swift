/// A client announced a launch or promotion that will move demand on some market-local days,
/// for the whole account or one of its queues: a fact the forecaster reads so the days are
/// neither learned as a trend change nor forecast as normal.
///
/// `recording` counts the recordings of this name in the account (1 for the first, one more
/// after each withdrawal), so recording the same campaign again after withdrawing it is a
/// new event, not the first one's id stored again.
public struct CampaignRecorded: EventPayload {
    public static let eventType = "CampaignRecorded"
    public let accountID: AccountID
    /// nil: every queue of the account.
    public let queueID: QueueID?
    public let name: String
    public let kind: CampaignKind
    public let firstDay: LocalDate
    public let lastDay: LocalDate
    public let expectedUplift: Double?
    public let recording: Int
    public var naturalKey: String { CallboardDomain.naturalKey(accountID, name, String(recording)) }
}

/// A campaign recorded by mistake (or cancelled by the client) is withdrawn; the recording
/// stays in the log.
public struct CampaignWithdrawn: EventPayload {
    public static let eventType = "CampaignWithdrawn"
    public let accountID: AccountID
    public let name: String
    public let reason: String
    /// The recording withdrawn (see ``CampaignRecorded/recording``).
    public let recording: Int
    public var naturalKey: String { CallboardDomain.naturalKey(accountID, name, String(recording)) }
}
