import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// `report coverage --account A --date D [--tz ZONE]`: per half hour of a local day and
/// per queue of the account, which sites cover it and how many eligible agents are
/// scheduled, against the agents the latest published season forecast requires (P50, or
/// P90 with `basis`). The day is read on `timeZone`, by default the market clock most of the
/// account's queues run on; DST days have 23 or 25 hours.
public struct CoverageReport: ReportQuery {
    public let accountID: AccountID
    public let date: LocalDate
    public let timeZone: TimeZoneID?
    public let basis: RequirementBasis

    public init(accountID: AccountID, date: LocalDate, timeZone: TimeZoneID? = nil, basis: RequirementBasis = .p50) {
        self.accountID = accountID
        self.date = date
        self.timeZone = timeZone
        self.basis = basis
    }

    public var readModels: [any Projection] {
        [ClientAccountsProjection(), ShiftCoverageProjection(), CertificationsProjection(), PeakForecastsProjection()]
    }

    public func read(from source: ReadModelSource) async throws -> Coverage {
        let queues = try await AccountQueue.all(of: accountID, in: source)
            .filter { $0.closedOn.map { $0 > date } ?? true }
        let zoneID = timeZone ?? AccountQueue.commonTimeZone(of: queues) ?? TimeZoneID("UTC")
        guard let zone = zoneID.timeZone else { throw ReportError.unknownTimeZone(zoneID.rawValue) }
        let day = LocalDay(date, in: zone)
        let scheduled = try await ScheduledStaff.read(queues, from: day.start, to: day.end, in: source)
        let published = try await PublishedHalfHours.read(queues, from: day.start, to: day.end, in: source)
        var intervals: [CoverageInterval] = []
        for start in day.intervalStarts(CoverageGrid.length) {
            for queue in queues {
                let staff = scheduled[ScheduledStaff.Key(queueID: queue.queueID, start: start)] ?? ScheduledStaff()
                let isOpen = queue.timeZone.timeZone.map { queue.hours.isOpen(at: start, in: $0) } ?? false
                let forecast = published[queue.queueID, start]
                let required = forecast.flatMap { basis == .p50 ? $0.scheduledP50 : $0.scheduledP90 }
                guard isOpen || staff.scheduled > 0 || (required ?? 0) > 0 else { continue }
                intervals.append(CoverageInterval(
                    start: start, localStart: LocalDateTime(start, in: zone), utcOffsetSeconds: zone.secondsFromGMT(for: start),
                    queueID: queue.queueID, channel: queue.channel, language: queue.language, isOpen: isOpen,
                    scheduledAgents: staff.scheduled, eligibleAgents: staff.eligibleBySite.values.reduce(0, +),
                    eligibleFTE: Double(staff.eligibleSeconds) / Double(CoverageGrid.length.seconds), requiredAgents: required,
                    sites: staff.eligibleBySite.keys.sorted().map { SiteCoverage(siteID: $0, agents: staff.eligibleBySite[$0] ?? 0) }))
            }
        }
        return Coverage(accountID: accountID, date: date, timeZone: zoneID, basis: basis,
                        requirementSources: published.sources, intervals: intervals)
    }
}
