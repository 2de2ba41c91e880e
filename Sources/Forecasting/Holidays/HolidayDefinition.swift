/// One public holiday of a market as a rule: its name, how its date follows from the year,
/// the years it is held, and what happens when it falls on a weekend.
///
/// Exists so holidays that were introduced (US Juneteenth from 2021), moved once (GB's early
/// May bank holiday 2020) or gained a substitute rule later (Korea's national days from 2021)
/// stay one definition each, with their exceptions beside them.
public struct HolidayDefinition: Sendable, Hashable {
    public let name: String
    public let rule: HolidayRule
    /// The years the holiday is held (nil: every year).
    public let years: ClosedRange<Int>?
    /// Years whose dates differ from the rule (an empty list: not held that year).
    public let moves: [Int: [LocalDate]]
    public let substitute: SubstitutePolicy
    /// The first year the substitute policy applies.
    public let substituteFrom: Int

    public init(_ name: String, _ rule: HolidayRule, years: ClosedRange<Int>? = nil,
                moves: [Int: [LocalDate]] = [:], substitute: SubstitutePolicy = .none,
                substituteFrom: Int = 1) {
        self.name = name
        self.rule = rule
        self.years = years
        self.moves = moves
        self.substitute = substitute
        self.substituteFrom = substituteFrom
    }

    /// The holiday's dates in `year`; nil when its rule cannot tell (a table without the year).
    func dates(in year: Int) -> [LocalDate]? {
        if let years, !years.contains(year) { return [] }
        if let moved = moves[year] { return moved }
        return rule.dates(in: year)
    }
}
