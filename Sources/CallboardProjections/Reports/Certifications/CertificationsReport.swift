import CallboardDomain
import Foundation
import Projections

/// `report certifications --site S [--account A] [--expiring-within 30d]`: the site
/// director's "who is certified on what, until when, and who is not, and why", at an
/// instant (now, or the as-of instant). One row per agent of the site (not left) and
/// program they have enrolled on, by name.
public struct CertificationsReport: ReportQuery {
    public let siteID: SiteID
    public let accountID: AccountID?
    /// The instant stages are judged at.
    public let instant: Date
    /// When set, only agents certified at `instant` whose certification ends within this many seconds.
    public let expiringWithin: TimeInterval?

    /// Read live, `instant` must be now or later, as for ``ReadinessReport``.
    public init(siteID: SiteID, accountID: AccountID? = nil, at instant: Date, expiringWithin: TimeInterval? = nil) {
        self.siteID = siteID
        self.accountID = accountID
        self.instant = instant
        self.expiringWithin = expiringWithin
    }

    public var readModels: [any Projection] { [SiteRosterProjection(), CertificationsProjection()] }

    public func read(from source: ReadModelSource) async throws -> [ProgramStanding] {
        _ = try await RosterReport(siteID: siteID).site(source)
        let standings = try await ProgramStandings.read(site: siteID, account: accountID, at: instant, in: source)
        guard let expiringWithin else { return standings }
        return standings.filter { $0.isExpiring(within: expiringWithin, of: instant) }
    }
}
