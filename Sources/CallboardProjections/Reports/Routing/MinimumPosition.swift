import EventStore
import Foundation

/// The log position a reader needs its answer to reflect at least (read-your-writes: after an
/// import, the position the import reported): a checkpoint `transaction:position` as answers
/// state it (`Callboard-Position`), or a bare position as an import prints it.
///
/// Set for a whole request or command with ``ReportReader/$minimumPosition``: a replica answers
/// only once the report's read models have applied every event up to it; until then the reader
/// waits briefly, then reads the primary.
public enum MinimumPosition: Sendable, Equatable, CustomStringConvertible {
    case checkpoint(LogCheckpoint)
    case position(Int64)

    /// Parses `transaction:position` or a position; nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let checkpoint = LogCheckpoint(trimmed) {
            self = .checkpoint(checkpoint)
        } else if let position = Int64(trimmed), position >= 0 {
            self = .position(position)
        } else {
            return nil
        }
    }

    /// The event's position.
    public var position: Int64 {
        switch self {
        case .checkpoint(let checkpoint): return checkpoint.position
        case .position(let position): return position
        }
    }

    public var description: String {
        switch self {
        case .checkpoint(let checkpoint): return checkpoint.description
        case .position(let position): return String(position)
        }
    }
}
