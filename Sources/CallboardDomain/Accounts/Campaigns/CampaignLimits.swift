/// The sane bounds of a campaign: how long it may run and what uplift a client may expect.
/// Outside them a value is a typing mistake (`--uplift 130` for 1.3, a year's typo in a date),
/// not a plan.
public enum CampaignLimits {
    /// A campaign lasts at most a year (366 days, first and last day included).
    public static let maximumDays = 366
    /// The expected uplift is a factor on normal demand: from a tenth of it to ten times it.
    public static let expectedUplift: ClosedRange<Double> = 0.1...10
}
