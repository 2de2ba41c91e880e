/// One requirement an agent has not yet met for certification. A refused certification lists
/// all of them at once, so the trainer sees everything still to do.
public enum CertificationShortfall: Sendable, Equatable, CustomStringConvertible {
    case assessmentNotPassed(attempts: Int)
    case nestingNotStarted
    /// The nesting period is not over; `day` is the first day it is.
    case nestingPeriodRunsUntil(LocalDate)
    case tooFewNestingEvaluations(recorded: Int, required: Int)
    case nestingAverageBelowMinimum(average: Double, minimum: Double)

    /// The shortfall as a clause, e.g. `the nesting period runs until 2026-04-13`.
    public var description: String {
        switch self {
        case let .assessmentNotPassed(attempts):
            attempts == 0 ? "the assessment has not been taken"
                : "the assessment has not been passed (\(attempts) attempt\(attempts == 1 ? "" : "s") so far)"
        case .nestingNotStarted:
            "nesting has not started"
        case let .nestingPeriodRunsUntil(day):
            "the nesting period runs until \(day)"
        case let .tooFewNestingEvaluations(recorded, required):
            "\(recorded) nesting QA evaluation\(recorded == 1 ? " is" : "s are") recorded, \(required) needed"
        case let .nestingAverageBelowMinimum(average, minimum):
            "the nesting QA average is \(Wording.number((average * 10).rounded() / 10)), "
                + "below the minimum of \(Wording.number(minimum))"
        }
    }
}
