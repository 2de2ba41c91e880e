/// One year's instance of a peak event in one market, with its days.
///
/// Exists so the calendar can answer "when is it this year?" once and the forecaster can
/// place every day in a window around it.
public struct PeakOccurrence: Hashable, Sendable {
    public let event: PeakEvent
    public let days: ClosedRange<LocalDate>

    public init(event: PeakEvent, days: ClosedRange<LocalDate>) {
        self.event = event
        self.days = days
    }

    /// The position of `day` relative to this occurrence.
    func position(of day: LocalDate) -> PeakDay.Position {
        if day < days.lowerBound { return .before(day.distance(to: days.lowerBound)) }
        if day > days.upperBound { return .after(days.upperBound.distance(to: day)) }
        return .during(days.lowerBound.distance(to: day))
    }
}
