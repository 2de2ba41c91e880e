import CallboardDomain
import CapacityPlanning
import Forecasting
import Foundation
import PostgresNIO

/// One queue's published revision as the peak report reads it back from the read model.
struct PublishedSeason {
    struct DayKey: Hashable {
        let queueID: String
        let day: LocalDate
    }

    let queueID: QueueID
    let accountID: AccountID
    let language: LanguageCode
    let channel: CallboardDomain.Channel
    let timeZone: String
    let revision: Int
    let modelVersion: String
    let leadTime: TrainingLeadTime
    /// When the queue is open (on its market clock): a past open day without reports is a feed gap.
    let hours: HoursOfOperation
    /// Per day of the season, the requirement of the revision that forecast it: the chosen
    /// revision for the days after its history ends, an earlier one for days it could not
    /// forecast (they were already history when it ran), so a past day is judged against the
    /// forecast made before it; days no revision forecast are absent.
    var days: [DailyRequirement] = []
    /// The revision each day of ``days`` comes from.
    var dayRevisions: [LocalDate: Int] = [:]
    /// Days whose revision forecast only the rest of the day (its history ended during it).
    var partDays: Set<LocalDate> = []

    /// Whether the queue opens at all on `day` (its hours; closures of single days are not read here).
    func opens(on day: LocalDate) -> Bool {
        guard case let .weekly(week) = hours else { return true }
        return week[Weekday.allCases[day.weekdayIndex]] != nil
    }

    /// The chosen revision (latest when nil) of every queue published for `season`.
    static func read(season: String, account: AccountID?, revision: Int?, in source: ReadModelSource) async throws -> [PublishedSeason] {
        let schema = source.schemas.peakForecasts, accounts = source.schemas.clientAccounts
        let rows = try await source.connection.query("""
            SELECT DISTINCT ON (p.queue_id) p.queue_id, p.account_id, q.language, q.channel, p.time_zone, p.revision,
                   p.model_version, p.classroom_days, p.nesting_days, p.program_id, q.hours::text
              FROM \(unescaped: schema).publications p JOIN \(unescaped: accounts).queues q ON q.queue_id = p.queue_id
             WHERE p.season = \(season) AND (\(account?.rawValue)::text IS NULL OR p.account_id = \(account?.rawValue))
               AND (\(revision)::int8 IS NULL OR p.revision = \(revision))
             ORDER BY p.queue_id, p.revision DESC
            """, logger: source.logger)
        var found: [String: PublishedSeason] = [:]
        for try await (queue, accountID, language, channel, zone, number, model, classroom, nesting, program, hours) in rows.decode(
            (String, String, String, String, String, Int, String, Int, Int, String?, String).self
        ) {
            found[queue] = PublishedSeason(
                queueID: QueueID(queue), accountID: AccountID(accountID), language: LanguageCode(language),
                channel: try StoredValue.channel(channel), timeZone: zone, revision: number, modelVersion: model,
                leadTime: TrainingLeadTime(classroomDays: classroom, nestingDays: nesting, programID: program),
                hours: try StoredValue.json(hours, as: HoursOfOperation.self))
        }
        let queues = Array(found.keys), revisions = queues.map { found[$0]!.revision }
        // Each day from the newest revision (up to the chosen one) whose history ended by the day's local midnight
        // (it forecast the whole day); failing that, the newest whose history ended during the day (the rest of it).
        let dayRows = try await source.connection.query("""
            SELECT DISTINCT ON (d.queue_id, d.day) d.queue_id, d.day::text, d.revision::int8, d.contacts_p50, d.contacts_p90,
                   d.peak_scheduled::int8, d.scheduled_hours, d.required::int8,
                   p.history_until > (d.day::timestamp AT TIME ZONE p.time_zone) AS part
              FROM UNNEST(\(queues)::text[], \(revisions)::int8[]) AS k(queue_id, revision)
              JOIN \(unescaped: schema).publications p ON p.season = \(season) AND p.queue_id = k.queue_id AND p.revision <= k.revision
              JOIN \(unescaped: schema).days d ON d.season = p.season AND d.queue_id = p.queue_id AND d.revision = p.revision
             WHERE p.history_until < ((d.day + 1)::timestamp AT TIME ZONE p.time_zone)
             ORDER BY d.queue_id, d.day, p.history_until <= (d.day::timestamp AT TIME ZONE p.time_zone) DESC, d.revision DESC
            """, logger: source.logger)
        for try await (queue, dayText, number, p50, p90, peak, hours, required, part) in dayRows.decode(
            (String, String, Int, Double, Double, Int, Double, Int, Bool).self
        ) {
            let day = try Self.day(dayText)
            found[queue]?.days.append(DailyRequirement(day: day, contactsP50: p50, contactsP90: p90,
                                                       peakScheduled: peak, scheduledHours: hours, headcount: required))
            found[queue]?.dayRevisions[day] = number
            if part { found[queue]?.partDays.insert(day) }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    /// Offered contacts reported per queue and local day of the season (each queue's clock).
    static func actuals(_ publications: [PublishedSeason], season: PeakSeason, in source: ReadModelSource) async throws -> [DayKey: Double] {
        let from = Date(timeIntervalSince1970: Double(season.firstDay.daysSinceEpoch - 1) * 86_400)
        let until = Date(timeIntervalSince1970: Double(season.lastDay.daysSinceEpoch + 2) * 86_400)
        let rows = try await source.connection.query("""
            SELECT q.queue_id, (i.interval_start AT TIME ZONE q.zone)::date::text, sum(i.offered)::float8
              FROM UNNEST(\(publications.map(\.queueID.rawValue))::text[], \(publications.map(\.timeZone))::text[]) AS q(queue_id, zone)
              JOIN \(unescaped: source.schemas.queueIntervals).intervals i ON i.queue_id = q.queue_id
             WHERE i.interval_start >= \(from) AND i.interval_start < \(until)
             GROUP BY 1, 2
            """, logger: source.logger)
        var actuals: [DayKey: Double] = [:]
        for try await (queue, day, offered) in rows.decode((String, String, Double).self) {
            actuals[DayKey(queueID: queue, day: try Self.day(day))] = offered
        }
        return actuals
    }

    private static func day(_ text: String) throws -> LocalDate {
        guard let day = LocalDate(parsing: text) else { throw StoredValue.Unreadable(kind: "date", text: text) }
        return day
    }
}
