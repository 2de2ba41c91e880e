import Foundation

/// An account's service-level month was closed: what was reported to the client for that
/// month, recorded once so that later corrections never silently change it. The figures are
/// those the SLA report gave as known at `knownAt` (the log up to `position`); their
/// fingerprint identifies them, so the report can return exactly them, checked, with any
/// later corrections beside them.
public struct SLAMonthClosed: EventPayload {
    public static let eventType = "SLAMonthClosed"
    public let accountID: AccountID
    /// The calendar month of the report (each queue's days on its market clock).
    public let month: LocalMonth
    /// SHA-256 of the month's reported rows (see `SLAFiguresFingerprint`).
    public let figuresFingerprint: String
    /// The log position the reported figures reflect, `transaction:position`.
    public let position: String
    /// The recorded instant the reported figures were read as known at.
    public let knownAt: Date
    public let closedAt: Date
    public let closedBy: String
    public var naturalKey: String { CallboardDomain.naturalKey(accountID, month) }

    public init(accountID: AccountID, month: LocalMonth, figuresFingerprint: String, position: String, knownAt: Date,
                closedAt: Date, closedBy: String) {
        self.accountID = accountID
        self.month = month
        self.figuresFingerprint = figuresFingerprint
        self.position = position
        self.knownAt = knownAt
        self.closedAt = closedAt
        self.closedBy = closedBy
    }
}
