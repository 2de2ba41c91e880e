import CallboardDomain
import CallboardProjections
import EventStore
import Synchronization

/// Account profiles by account, each kept with the client accounts read model's position it
/// was read at and served again only while that position has not moved: every export needs
/// the profile (queues, default clock), and reading it again on every request would cost
/// more than the request itself.
///
/// A lock, not an actor: a hit is a dictionary read on every request (no hop to another
/// executor and back); a miss reads outside the lock, and of two reads that cross, the
/// later position is kept.
final class ProfileCache: Sendable {
    private let reader: ReportReader
    private let profiles = Mutex<[AccountID: Known]>([:])

    /// A profile as read, with its market clock (worked out once, not per request).
    struct Known: Sendable {
        let result: ReportResult<AccountProfile>
        let marketTimeZone: TimeZoneID?
    }

    init(reader: ReportReader) { self.reader = reader }

    /// The account's profile as of `current` (the read model's position now) or later; nil
    /// when no such account is known.
    func profile(_ account: AccountID, current: LogCheckpoint?) async throws -> Known? {
        if let current, let cached = profiles.withLock({ $0[account] }), cached.result.position >= current { return cached }
        do {
            let result = try await reader.live(AccountProfileQuery(accountID: account))
            let known = Known(result: result, marketTimeZone: result.output.marketTimeZone)
            profiles.withLock { profiles in
                if let kept = profiles[account], kept.result.position > result.position { return }
                if profiles.count > 10_000 { profiles.removeAll() }
                profiles[account] = known
            }
            return known
        } catch ReportError.unknownAccount {
            return nil
        }
    }
}
