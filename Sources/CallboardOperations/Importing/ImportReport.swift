import CallboardImport

/// What an import did, for the operator who ran it and for the demo's narration.
public struct ImportReport: Sendable, Equatable, CustomStringConvertible {
    public let kind: ImportKind
    public let file: String
    /// Data rows in the file.
    public let rowsRead: Int
    /// Rows that changed nothing because all they say was stored already.
    public let rowsAlreadyStored: Int
    public let eventsAppended: Int
    /// Events appended, by event type.
    public let eventsByType: [String: Int]

    public init(kind: ImportKind, file: String, rowsRead: Int, rowsAlreadyStored: Int, eventsAppended: Int,
                eventsByType: [String: Int]) {
        self.kind = kind
        self.file = file
        self.rowsRead = rowsRead
        self.rowsAlreadyStored = rowsAlreadyStored
        self.eventsAppended = eventsAppended
        self.eventsByType = eventsByType
    }

    /// `intervals.csv: 35040 rows read, 35040 events appended (IntervalReported 35040), 0 rows already stored`.
    public var description: String {
        let types = eventsByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(file): \(rowsRead) rows read, \(eventsAppended) events appended"
            + (types.isEmpty ? "" : " (\(types))") + ", \(rowsAlreadyStored) rows already stored"
    }
}
