/// Where a reader of the whole log stands: the last event it has read, named by the
/// id of the transaction that stored it and its position.
///
/// The log is read in (transaction id, position) order, never in position order
/// alone: positions are handed out when a row is inserted, not when it commits, so a
/// slow transaction can commit a lower position after a higher one has been read.
/// Transaction ids are only read once every older transaction has ended, which makes
/// this order final.
public struct LogCheckpoint: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let transactionID: UInt64
    public let position: Int64

    public init(transactionID: UInt64, position: Int64) {
        self.transactionID = transactionID
        self.position = position
    }

    /// Before the first event.
    public static let start = LogCheckpoint(transactionID: 0, position: 0)

    public static func < (lhs: LogCheckpoint, rhs: LogCheckpoint) -> Bool {
        (lhs.transactionID, lhs.position) < (rhs.transactionID, rhs.position)
    }

    /// `transaction:position`, the form operators type and scripts keep.
    public var description: String { "\(transactionID):\(position)" }

    /// Parses the `transaction:position` form.
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let transaction = UInt64(parts[0]), let position = Int64(parts[1]), position >= 0 else {
            return nil
        }
        self.init(transactionID: transaction, position: position)
    }

    /// The checkpoint of a stored row, read as `transaction_id::text` and `position`: the one
    /// place the store's `xid8` text is turned into a number. PostgreSQL writes an `xid8` as
    /// decimal digits, so the fallback (0, before every transaction) is never reached by a
    /// row the store wrote.
    public init(transactionText: String, position: Int64) {
        self.init(transactionID: UInt64(transactionText) ?? 0, position: position)
    }
}
