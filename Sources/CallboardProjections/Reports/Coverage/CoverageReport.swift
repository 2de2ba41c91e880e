import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// `report coverage --account A --date D [--tz ZONE]`: per half hour of a local day and
/// per queue of the account, which sites cover it and how many eligible agents are
/// scheduled, against the requirement once one exists. The day is read on `timeZone`, by
/// default the market clock most of the account's queues run on; DST days have 23 or 25 hours.
public struct CoverageReport: ReportQuery {
    public let accountID: AccountID
    public let date: LocalDate
    public let timeZone: TimeZoneID?

    public init(accountID: AccountID, date: LocalDate, timeZone: TimeZoneID? = nil) {
        self.accountID = accountID
        self.date = date
        self.timeZone = timeZone
    }

    public var readModels: [any Projection] { [ClientAccountsProjection(), ShiftCoverageProjection(), CertificationsProjection()] }

    public func read(from source: ReadModelSource) async throws -> Coverage {
        let queues = try await AccountQueue.all(of: accountID, in: source)
            .filter { $0.closedOn.map { $0 > date } ?? true }
        let zoneID = timeZone ?? AccountQueue.commonTimeZone(of: queues) ?? TimeZoneID("UTC")
        guard let zone = zoneID.timeZone else { throw ReportError.unknownTimeZone(zoneID.rawValue) }
        let day = LocalDay(date, in: zone)
        let scheduled = try await ScheduledStaff.read(queues, from: day.start, to: day.end, in: source)
        var intervals: [CoverageInterval] = []
        for start in day.intervalStarts(CoverageGrid.length) {
            for queue in queues {
                let staff = scheduled[ScheduledStaff.Key(queueID: queue.queueID, start: start)] ?? ScheduledStaff()
                let isOpen = queue.timeZone.timeZone.map { queue.hours.isOpen(at: start, in: $0) } ?? false
                guard isOpen || staff.scheduled > 0 else { continue }
                intervals.append(CoverageInterval(
                    start: start, localStart: LocalDateTime(start, in: zone), utcOffsetSeconds: zone.secondsFromGMT(for: start),
                    queueID: queue.queueID, channel: queue.channel, language: queue.language, isOpen: isOpen,
                    scheduledAgents: staff.scheduled, eligibleAgents: staff.eligibleBySite.values.reduce(0, +),
                    eligibleFTE: Double(staff.eligibleSeconds) / Double(CoverageGrid.length.seconds), requiredAgents: nil,
                    sites: staff.eligibleBySite.keys.sorted().map { SiteCoverage(siteID: $0, agents: staff.eligibleBySite[$0] ?? 0) }))
            }
        }
        return Coverage(accountID: accountID, date: date, timeZone: zoneID, intervals: intervals)
    }
}
