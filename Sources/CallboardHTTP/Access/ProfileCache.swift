import CallboardDomain
import CallboardProjections
import EventStore

/// Account profiles by account, each kept with the client accounts read model's position it
/// was read at and served again only while that position has not moved: every export needs
/// the profile (queues, default clock), and reading it again on every request would cost
/// more than the request itself.
actor ProfileCache {
    private let reader: ReportReader
    private var profiles: [AccountID: ReportResult<AccountProfile>] = [:]

    init(reader: ReportReader) { self.reader = reader }

    /// The account's profile as of `current` (the read model's position now) or later; nil
    /// when no such account is known.
    func profile(_ account: AccountID, current: LogCheckpoint?) async throws -> ReportResult<AccountProfile>? {
        if let cached = profiles[account], let current, cached.position >= current { return cached }
        do {
            let result = try await reader.live(AccountProfileQuery(accountID: account))
            if profiles.count > 10_000 { profiles.removeAll() }
            profiles[account] = result
            return result
        } catch ReportError.unknownAccount {
            return nil
        }
    }
}
