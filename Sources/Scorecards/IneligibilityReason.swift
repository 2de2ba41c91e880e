import CallboardDomain

/// Why an agent cannot win this month, reported next to their scorecard so nobody has to
/// guess why a high score did not win.
public enum IneligibilityReason: Hashable, Sendable, CustomStringConvertible {
    case notLiveWholeMonth
    case notCertifiedWholeMonth
    case disciplinaryFlag
    case tooFewContacts(Int, minimum: Int)
    case tooFewQAEvaluations(Int, minimum: Int)
    case tooFewSurveys(Int, minimum: Int)

    /// The reason as a clause, e.g. `6 surveys, 10 needed`.
    public var description: String {
        switch self {
        case .notLiveWholeMonth: "not live for the whole month"
        case .notCertifiedWholeMonth: "not certified for the whole month"
        case .disciplinaryFlag: "a disciplinary flag this month"
        case let .tooFewContacts(count, minimum): "\(count) contacts handled, \(minimum) needed"
        case let .tooFewQAEvaluations(count, minimum): "\(count) QA evaluations, \(minimum) needed"
        case let .tooFewSurveys(count, minimum): "\(count) surveys, \(minimum) needed"
        }
    }
}
