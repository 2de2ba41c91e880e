/// Every documented range of a whole-number input, in one place, so the CSV importers, the
/// command line, the HTTP parameters and the deciders enforce the same bounds (the list is
/// in docs/import-formats.md, "Input limits").
///
/// Counts and seconds stay far below the read models' `integer` columns (2,147,483,647), and
/// a month of intervals (2,976 quarter hours) of the largest values still fits a `bigint` sum.
public enum InputLimits {
    /// Contacts offered, handled, abandoned or answered in one queue interval, and contacts
    /// one agent handled in one interval.
    public static let contactsPerInterval = WholeNumberLimit(0...1_000_000)
    /// Handle seconds of one queue or agent interval (about 31 years of talk time).
    public static let handleSecondsPerInterval = WholeNumberLimit(0...1_000_000_000)
    /// Seats of a site.
    public static let seats = WholeNumberLimit(1...100_000)
    /// Minutes of one break in a shift.
    public static let breakMinutes = WholeNumberLimit(1...1_440)
    /// Seconds of an answered-within SLA threshold (voice, chat).
    public static let serviceLevelSeconds = WholeNumberLimit(1...86_400)
    /// Seconds under which an abandon is a short abandon.
    public static let shortAbandonSeconds = WholeNumberLimit(0...86_400)
    /// Hours of a first-response SLA window (email, social): up to 30 days.
    public static let firstResponseHours = WholeNumberLimit(1...720)
    /// Retakes of a training assessment after the first attempt.
    public static let retakeLimit = WholeNumberLimit(0...100)
    /// An assessment attempt's number.
    public static let assessmentAttempt = WholeNumberLimit(1...101)
    /// Days nesting lasts at least.
    public static let nestingDays = WholeNumberLimit(1...3_650)
    /// QA evaluations nesting needs at least.
    public static let nestingEvaluations = WholeNumberLimit(1...1_000)
    /// Months a certification holds.
    public static let validityMonths = WholeNumberLimit(1...120)
    /// A training program's revision number.
    public static let programRevision = WholeNumberLimit(1...10_000)
    /// Days an API token may live: five years.
    public static let tokenLifetimeDays = WholeNumberLimit(1...1_826)
    /// A scorecard's eligibility minimum (contacts, QA evaluations or surveys in a month).
    public static let eligibilityMinimum = WholeNumberLimit(0...1_000_000)
    /// A TCP port to listen on.
    public static let port = WholeNumberLimit(1...65_535)
}
