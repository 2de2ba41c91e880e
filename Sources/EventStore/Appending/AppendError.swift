/// Why an append was refused. Nothing of a refused append is written.
public enum AppendError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stream was not at the version the appender expected: someone else appended first.
    case wrongExpectedVersion(stream: StreamID, expected: ExpectedVersion, actual: Int64)
    /// Some of the event ids are stored already, but not as this same append
    /// (another stream, or only part of the batch): not a retry, and not safe to write.
    case duplicateEventIDs(stream: StreamID, detail: String)
    /// The append carried no events.
    case empty(stream: StreamID)

    public var description: String {
        switch self {
        case .wrongExpectedVersion(let stream, let expected, let actual):
            return "stream \(stream) was expected at \(expected) but is at version \(actual)"
        case .duplicateEventIDs(let stream, let detail):
            return "append to stream \(stream) repeats event ids stored elsewhere: \(detail)"
        case .empty(let stream):
            return "append to stream \(stream) has no events"
        }
    }
}
