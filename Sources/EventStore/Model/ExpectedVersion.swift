/// What an appender believes about a stream before appending: the optimistic
/// concurrency check that is made before anything is written.
///
/// A stream's version is the number of events in it: a new stream is at version 0
/// and its first event gets version 1.
public enum ExpectedVersion: Sendable, Hashable, CustomStringConvertible {
    /// Append whatever the stream holds.
    case any
    /// The stream must not exist yet.
    case noStream
    /// The stream must already hold at least one event.
    case streamExists
    /// The stream must be at exactly this version.
    case exactly(Int64)

    /// The encoding the `append_events` SQL function understands.
    var sqlValue: Int64 {
        switch self {
        case .any: return -1
        case .streamExists: return -2
        case .noStream: return 0
        case .exactly(let version):
            precondition(version >= 0, "a stream version is never negative")
            return version
        }
    }

    public var description: String {
        switch self {
        case .any: return "any"
        case .noStream: return "no stream"
        case .streamExists: return "stream exists"
        case .exactly(let version): return "version \(version)"
        }
    }
}
