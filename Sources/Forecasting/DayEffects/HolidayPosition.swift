/// Where a day stands relative to one of the market's public holidays: the holiday itself
/// (offset 0) or the day before or after it (offset -1, +1).
///
/// Exists as the key under which the forecaster learns a holiday's effect, so that the same
/// holiday in different years (on different dates and weekdays) shares one learned factor,
/// as ``PeakDay`` does for peak events. An observed substitute carries its holiday's name.
struct HolidayPosition: Hashable, Sendable {
    let name: String
    let offset: Int

    /// Days on each side of a holiday that get an effect of their own.
    static let reach = 1
}
