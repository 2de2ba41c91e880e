/// The daily model and the intraday shape fitted together at one origin: everything needed
/// to turn "a local day" into per-interval central forecasts.
///
/// Exists so that the forecast and the holdout behind P90 share one code path.
struct FittedVolumeModel: Sendable {
    let days: TrainingDays
    let daily: DailyVolumeModel
    let shape: IntradayShape

    init(days: TrainingDays, configuration: VolumeForecaster.Configuration, prior: PeakUpliftPrior.Estimate? = nil) {
        self.days = days
        daily = DailyVolumeModel(learningFrom: days, configuration: configuration, prior: prior)
        shape = IntradayShape(learningFrom: days, daysPerWeekday: configuration.shapeDaysPerWeekday)
    }

    /// The day's expectation and its total spread over the day's intervals (given by slot).
    func forecast(day: Int, slots: ArraySlice<Int>) -> (expectation: DailyVolumeModel.Expectation, intervals: [Double]) {
        let expectation = daily.expectation(day: day, labels: days.labels)
        return (expectation, shape.spread(expectation.total, day: day, slots: slots))
    }
}
