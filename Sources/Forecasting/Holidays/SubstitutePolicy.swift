/// What happens when a public holiday falls on a weekend (or on another holiday): which
/// working day, if any, is given in its place.
///
/// Exists because closures follow the observed day, not the nominal one: a US call centre is
/// shut on Friday 3 July 2026 because Independence Day is a Saturday, a British one on
/// Monday 27 and Tuesday 28 December 2027 because Christmas and Boxing Day fall on a weekend.
public enum SubstitutePolicy: Sendable, Hashable {
    /// No day in lieu (France, Germany, Belgium, the Netherlands, Mexico, Brazil, the Philippines).
    case none
    /// US federal: a Saturday holiday is observed on the Friday before, a Sunday one on the
    /// Monday after (New Year's Day on a Saturday is observed on 31 December of the year before).
    case nearestWeekday
    /// A holiday on one of the `triggers` weekdays (0 Monday ... 6 Sunday), or, when
    /// `onOverlap`, on the same day as a holiday declared before it, gets the next weekday
    /// (Monday to Friday) that is not a holiday. When `shared`, holidays falling together
    /// share one substitute day (Malaysia, Singapore); otherwise each gets its own (Great
    /// Britain's Christmas and Boxing Day; Korea).
    case nextFreeWeekday(triggers: Set<Int>, onOverlap: Bool = false, shared: Bool = false)

    /// Great Britain, Bulgaria: a weekend holiday moves to the next weekday not already a holiday.
    public static let weekendToNextFreeWeekday = SubstitutePolicy.nextFreeWeekday(triggers: [5, 6])
    /// Malaysia, Singapore, Bolivia: a Sunday holiday moves to Monday (or the next day not a holiday).
    public static let sundayToNextFreeWeekday = SubstitutePolicy.nextFreeWeekday(triggers: [6], shared: true)
    /// Korea's national days: Saturday, Sunday or a clash with another holiday gives a substitute.
    public static let koreanWeekendOrOverlap = SubstitutePolicy.nextFreeWeekday(triggers: [5, 6], onOverlap: true)
    /// Korea's Seollal and Chuseok: a Sunday or a clash with another holiday gives a substitute
    /// after the three days.
    public static let koreanSundayOrOverlap = SubstitutePolicy.nextFreeWeekday(triggers: [6], onOverlap: true)
}
