/// The request to record a client's launch or promotion, for the whole account or one of
/// its queues, over market-local days (each queue's own market clock).
public struct RecordCampaign: Sendable, Equatable {
    public var accountID: AccountID
    /// The one queue the campaign touches; nil for every queue of the account.
    public var queueID: QueueID?
    /// The campaign's name, unique within the account (`Tabula Pro 12 launch`).
    public var name: String
    public var kind: CampaignKind
    /// First and last local day of the campaign, inclusive.
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    /// The uplift the client expects (1.3 = 30% more contacts), if stated.
    public var expectedUplift: Double?

    public init(accountID: AccountID, queueID: QueueID? = nil, name: String, kind: CampaignKind,
                firstDay: LocalDate, lastDay: LocalDate, expectedUplift: Double? = nil) {
        self.accountID = accountID
        self.queueID = queueID
        self.name = name
        self.kind = kind
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.expectedUplift = expectedUplift
    }
}
