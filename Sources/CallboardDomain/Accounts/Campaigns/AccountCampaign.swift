/// A standing campaign of a client account, as decisions and listings see it.
public struct AccountCampaign: Sendable, Equatable {
    public let name: String
    /// nil: every queue of the account.
    public let queueID: QueueID?
    public let kind: CampaignKind
    public let firstDay: LocalDate
    public let lastDay: LocalDate
    public let expectedUplift: Double?
    /// Which recording of the name this is (see ``CampaignRecorded/recording``).
    public let recording: Int

    init(_ recorded: CampaignRecorded) {
        name = recorded.name
        queueID = recorded.queueID
        kind = recorded.kind
        firstDay = recorded.firstDay
        lastDay = recorded.lastDay
        expectedUplift = recorded.expectedUplift
        recording = recorded.recording
    }

    /// Whether `request` asks for exactly this campaign (recording it again changes nothing).
    func matches(_ request: RecordCampaign) -> Bool {
        queueID == request.queueID && kind == request.kind && firstDay == request.firstDay
            && lastDay == request.lastDay && expectedUplift == request.expectedUplift
    }
}
