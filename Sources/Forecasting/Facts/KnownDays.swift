/// What the business knows about a queue's market-local days beyond its interval counts:
/// the days it was (or will be) closed, the unusual days a user confirmed as real, and the
/// client's launches and promotions.
///
/// Exists because counts alone cannot tell a closure from an outage or a launch from a
/// trend change: a closed day must forecast zero and teach nothing, a confirmed day must be
/// learned even if it looks like an outage, and a campaign's days must not drag the
/// normal weekly pattern. Public holidays are not listed here: the forecaster derives
/// them from the market (``PublicHolidayCalendar``).
public struct KnownDays: Sendable, Hashable {
    /// Local days the queue is closed all day (queue closures), with the recorded reason.
    /// Forecast as zero, never learned from, never scored.
    public var closures: [LocalDate: String]
    /// Local days a user marked as real demand although they look unusual (outlier screening
    /// leaves them in the training data).
    public var confirmedReal: Set<LocalDate>
    /// The client's launches and promotions that touch this queue.
    public var campaigns: [DemandCampaign]

    public init(closures: [LocalDate: String] = [:], confirmedReal: Set<LocalDate> = [],
                campaigns: [DemandCampaign] = []) {
        self.closures = closures
        self.confirmedReal = confirmedReal
        self.campaigns = campaigns
    }
}
