import StaffingMath

extension StaffingProfile {
    /// The profile a season publication planned with, rebuilt from what it stored: its SLA
    /// as written (``targetText``: `80/20` for contacts that queue, `24h` for an inbox), its
    /// handle time and shrinkage, and the chats an agent holds at once (1 for voice).
    ///
    /// Exists so readers of a publication (coverage's P90 requirement, the intraday
    /// re-forecast's requirement) staff exactly as the season job did; nil when the text is
    /// neither form or the figures are out of range (an older or damaged publication).
    public static func published(target: String, averageHandleSeconds: Double, shrinkage: Double,
                                 concurrency: Int) -> StaffingProfile? {
        let model: Model
        if target.hasSuffix("h"), let hours = Double(target.dropLast()), hours > 0, hours.isFinite {
            model = .deferred(responseHours: hours)
        } else {
            let parts = target.split(separator: "/")
            guard parts.count == 2, let percent = Double(parts[0]), let seconds = Double(parts[1]) else { return nil }
            model = .queued(percent: percent, thresholdSeconds: seconds, concurrency: concurrency)
        }
        return try? StaffingProfile(model: model, averageHandleSeconds: averageHandleSeconds, shrinkage: shrinkage)
    }
}
