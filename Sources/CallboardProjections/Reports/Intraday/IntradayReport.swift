import CallboardDomain
import CallboardImport
import CapacityPlanning
import Foundation
import PostgresNIO
import Projections

/// `report intraday --account A [--date D]`: the account's queues through one local day per
/// half hour (the coverage grid): the latest published P50 forecast covering each half hour,
/// the offered contacts reported so far, the re-forecast of the half hours not yet reported
/// (``IntradayReforecast``), the agents it requires with the publication's staffing profile,
/// the scheduled and eligible agents (as coverage counts them), the service level so far
/// against the SLA in force at the day's start, and the risks (``IntradayRisk``). The day is
/// read on `timeZone`, by default the market clock most of the account's queues run on.
///
/// Reads: the account's queues and SLAs, then one indexed range read each of the schedule,
/// the published intervals and the reported intervals for the day.
public struct IntradayReport: ReportQuery {
    public let accountID: AccountID
    public let date: LocalDate
    public let timeZone: TimeZoneID?

    public init(accountID: AccountID, date: LocalDate, timeZone: TimeZoneID? = nil) {
        self.accountID = accountID
        self.date = date
        self.timeZone = timeZone
    }

    public var readModels: [any Projection] {
        [ClientAccountsProjection(), ShiftCoverageProjection(), CertificationsProjection(), PeakForecastsProjection(),
         QueueIntervalsProjection()]
    }

    public func read(from source: ReadModelSource) async throws -> Intraday {
        let queues = try await AccountQueue.all(of: accountID, in: source).filter { $0.closedOn.map { $0 > date } ?? true }
        let zoneID = timeZone ?? AccountQueue.commonTimeZone(of: queues) ?? TimeZoneID("UTC")
        guard let zone = zoneID.timeZone else { throw ReportError.unknownTimeZone(zoneID.rawValue) }
        let day = LocalDay(date, in: zone)
        let agreements = try await AgreementsInForce.read(queues, at: day.start, in: source)
        let scheduled = try await ScheduledStaff.read(queues, from: day.start, to: day.end, in: source)
        let published = try await PublishedHalfHours.read(queues, from: day.start, to: day.end, in: source)
        let reported = try await ReportedHalfHours.read(queues, from: day.start, to: day.end, in: source)
        let starts = day.intervalStarts(CoverageGrid.length)
        var days: [IntradayQueueDay] = []
        var rows: [IntradayRow] = []
        for queue in queues {
            let key = { (start: Date) in PublishedHalfHours.Key(queueID: queue.queueID, start: start) }
            let inputs = starts.map { start in
                IntradayInterval(start: start, forecast: published[queue.queueID, start]?.p50, actual: reported[key(start)],
                                 eligible: scheduled[ScheduledStaff.Key(queueID: queue.queueID, start: start)]?.eligibleBySite.values.reduce(0, +) ?? 0)
            }
            let forecast = starts.lazy.compactMap { published[queue.queueID, $0] }.first
            let sla = agreements[queue.queueID]
            let target: Double? = sla?.targetShare
            let outlook = IntradayOutlook(inputs, intervalSeconds: Double(CoverageGrid.length.seconds),
                                          profile: forecast?.profile, target: target)
            days.append(IntradayQueueDay(
                queueID: queue.queueID, sla: sla.map(FieldSyntax.text), target: target, reforecast: outlook.reforecast,
                serviceLevelSoFar: outlook.serviceLevelSoFar, forecastSource: forecast.map { "\($0.season) r\($0.revision)" }))
            for row in outlook.rows {
                let staff = scheduled[ScheduledStaff.Key(queueID: queue.queueID, start: row.start)] ?? ScheduledStaff()
                let isOpen = queue.timeZone.timeZone.map { queue.hours.isOpen(at: row.start, in: $0) } ?? false
                guard isOpen || staff.scheduled > 0 || (row.forecast ?? 0) > 0 || row.actual != nil else { continue }
                rows.append(IntradayRow(
                    start: row.start, localStart: LocalDateTime(row.start, in: zone), utcOffsetSeconds: zone.secondsFromGMT(for: row.start),
                    queueID: queue.queueID, isOpen: isOpen, forecast: row.forecast, actual: row.actual, reforecast: row.reforecast,
                    required: row.required, scheduled: staff.scheduled, eligible: row.eligible, serviceLevel: row.serviceLevel,
                    serviceLevelSoFar: row.serviceLevelSoFar, risks: row.risks))
            }
        }
        return Intraday(accountID: accountID, date: date, timeZone: zoneID, queues: days, intervals: rows)
    }
}
