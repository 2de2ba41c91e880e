/// The local days a model may learn from, each labelled normal or special.
///
/// Exists so every learner asks the same question the same way: "which complete days
/// before the origin are normal days of the weekly pattern?" A day is special when a peak
/// event's window reaches it; special days teach uplifts, never the weekly pattern or trend.
struct TrainingDays: Sendable {
    let history: LocalHistory
    /// Peak positions of every day from `history.firstDay` on (history and horizon),
    /// nearest event first; empty on normal days.
    let peakDays: [[PeakDay]]
    /// Days at or after the origin are not seen.
    let origin: Int

    func peakDays(_ day: Int) -> [PeakDay] {
        let index = day - history.firstDay
        return index >= 0 && index < peakDays.count ? peakDays[index] : []
    }

    /// The day's total when it is a complete day before the origin.
    func observed(_ day: Int) -> Double? { day < origin ? history.total(day: day) : nil }

    /// The day's total when it is a complete, normal day before the origin.
    func normal(_ day: Int) -> Double? { peakDays(day).isEmpty ? observed(day) : nil }

    /// The same days, seen from an earlier origin.
    func seen(before day: Int) -> TrainingDays {
        TrainingDays(history: history, peakDays: peakDays, origin: min(origin, day))
    }
}
