/// Why an interval report was refused, in a sentence a site director understands.
public enum IntervalRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found in the report, each naming its field.
    case invalidFields([FieldProblem])
    /// The stream already holds intervals of another length; lengths cannot be mixed.
    case lengthMismatch(stream: StreamID, recorded: IntervalLength, reported: IntervalLength)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .lengthMismatch(stream, recorded, reported):
            "\(stream) is reported in \(recorded.minutes)-minute intervals, so a \(reported.minutes)-minute "
                + "interval cannot be added (field length)."
        }
    }
}
