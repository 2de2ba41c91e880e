/// How much overtime the plan may ask of one agent: a cap in hours per week.
///
/// Exists as the setting the plan's first lever obeys (overtime needs no lead time, so it is
/// offered on every short day from today). Default: 4 hours a week, about half a shift, within
/// what most contracts and labour rules allow without a new agreement; `report peak
/// --overtime-cap H` changes it (0 turns overtime off).
public struct OvertimeRule: Sendable, Hashable, Codable {
    public static let defaultHoursPerWeek = 4.0
    public static let standard = OvertimeRule(hoursPerWeek: defaultHoursPerWeek)
    /// The most a week's overtime can be: 40 hours (a second contract).
    public static let maximumHoursPerWeek = 40.0

    public let hoursPerWeek: Double

    public init(hoursPerWeek: Double) { self.hoursPerWeek = hoursPerWeek }
}
