import CallboardProjections
import EventStore

/// What an answer's ETag and `Callboard-Position` are made from: the account's own last
/// change (``AccountLastChangesProjection``), with the shared facts' last change when the
/// export reads a read model that holds facts of no account (sites, agents, shifts,
/// certifications), so another tenant's writes leave an account's tags alone and show it
/// nothing.
///
/// That is sound only once every read model the answer comes from has applied the
/// account's last change: then the answer is a function of the account's (and the shared)
/// events up to it. While a read model still lags behind it, the tag falls back to the read
/// models' own position (as before issue 14), so a client never keeps an answer that misses
/// one of its own changes; the fallback lasts only as long as the lag. A read model that
/// applied events past the last-changes read model can only have applied newer events, so
/// the tag moves when that read model catches up, after a delay no longer than its lag.
struct AnswerTag: Equatable, Sendable {
    /// What the ETag hashes.
    let basis: String
    /// The checkpoint stated in `Callboard-Position`.
    let position: LogCheckpoint

    /// The read models whose rows all belong to one account (a queue, its intervals, its
    /// rollups, its published forecasts); any other read model holds shared facts.
    static let accountScoped: Set<String> = [
        ClientAccountsProjection().name, QueueIntervalsProjection().name, ServiceLevelHoursProjection().name,
        PeakForecastsProjection().name, ForecastConfidenceProjection().name,
    ]

    /// The tag of an answer of `account` from `readModels` whose data reflects `data` (the
    /// least advanced of those read models' checkpoints), given the last changes read.
    static func of(
        account: String, readModels: [String], data: LogCheckpoint, lastChanges: [String: LogCheckpoint]
    ) -> AnswerTag {
        let shared = readModels.contains { !accountScoped.contains($0) }
        if let own = lastChanges[account], own <= data {
            guard shared else { return AnswerTag(basis: "account \(own)", position: own) }
            if let common = lastChanges[AccountLastChangesProjection.sharedScope], common <= data {
                return AnswerTag(basis: "account \(own) shared \(common)", position: max(own, common))
            }
        }
        return AnswerTag(basis: "log \(data)", position: data)
    }
}
