import CallboardDomain
import CapacityPlanning
import Foundation
import PostgresNIO

/// The published season forecasts of some queues per half hour of the coverage grid: for
/// each queue and half hour, the latest publication that covers it (by publication time,
/// then revision; a revision published mid-season covers only the days ahead of it, so
/// days already past keep the forecast published before them).
///
/// Exists so coverage and the intraday view read the requirement the season job computed
/// (its P50 agents to schedule, as published) from one indexed read of the peak forecasts
/// read model, and staff other volumes (P90, a re-forecast) with the publication's own
/// staffing profile.
struct PublishedHalfHours {
    struct Key: Hashable {
        let queueID: QueueID
        let start: Date
    }

    /// One queue's forecast in one half hour.
    struct HalfHour {
        let season: String
        let revision: Int
        /// Forecast contacts in the half hour, summed over the queue's intervals in it.
        var p50: Double
        var p90: Double
        /// Agents to schedule on the P50, as published: the most any interval in it needs.
        var scheduledP50: Int
        /// Agents to schedule on the P90 with the publication's profile (nil: not rebuildable).
        var scheduledP90: Int?
        /// How the publication turns contacts into agents (nil when it cannot be rebuilt).
        let profile: StaffingProfile?
    }

    let halfHours: [Key: HalfHour]

    subscript(queue: QueueID, start: Date) -> HalfHour? { halfHours[Key(queueID: queue, start: start)] }

    /// The publications (`season rN`) any half hour came from, sorted.
    var sources: [String] { Set(halfHours.values.map { "\($0.season) r\($0.revision)" }).sorted() }

    /// The forecasts of `queues` for the intervals starting in [from, to).
    static func read(_ queues: [AccountQueue], from: Date, to: Date, in source: ReadModelSource) async throws -> PublishedHalfHours {
        let schema = source.schemas.peakForecasts
        let rows = try await source.connection.query("""
            SELECT DISTINCT ON (p.queue_id, i.interval_start) p.queue_id, i.interval_start, p.season, p.revision::int8,
                   i.p50, i.p90, i.scheduled_agents::int8, p.target, p.average_handle_seconds, p.shrinkage
              FROM UNNEST(\(queues.map(\.queueID.rawValue))::text[]) AS q(queue_id)
              JOIN \(unescaped: schema).publications p ON p.queue_id = q.queue_id
              JOIN \(unescaped: schema).intervals i ON i.season = p.season AND i.queue_id = p.queue_id AND i.revision = p.revision
                   AND i.interval_start >= \(from) AND i.interval_start < \(to)
             ORDER BY p.queue_id, i.interval_start, p.published_at DESC, p.revision DESC
            """, logger: source.logger)
        var intervals: [Row] = []
        for try await (queue, start, season, revision, p50, p90, scheduled, target, handle, shrinkage) in rows.decode(
            (String, Date, String, Int, Double, Double, Int, String, Double, Double).self
        ) {
            intervals.append(Row(queueID: QueueID(queue), start: start, season: season, revision: revision, p50: p50, p90: p90,
                                 scheduled: scheduled, target: target, handleSeconds: handle, shrinkage: shrinkage))
        }
        let channels = Dictionary(queues.map { ($0.queueID, $0.channel) }, uniquingKeysWith: { first, _ in first })
        return PublishedHalfHours(halfHours: Self.halfHours(intervals, channels: channels))
    }

    /// One published interval as read.
    struct Row {
        let queueID: QueueID
        let start: Date
        let season: String
        let revision: Int
        let p50: Double
        let p90: Double
        let scheduled: Int
        let target: String
        let handleSeconds: Double
        let shrinkage: Double
    }

    /// Rows folded into half hours. A publication's interval length is not stored with it: it
    /// is the shortest step between the publication's interval starts (15, 30 or 60 minutes;
    /// 30 when it has a single interval). Quarter hours are summed into their half hour, with
    /// the busier quarter's agents; an hour's contacts are split evenly over its two half
    /// hours and its agents apply to both (a headcount on duty, not a volume).
    static func halfHours(_ rows: [Row], channels: [QueueID: CallboardDomain.Channel]) -> [Key: HalfHour] {
        struct Publication: Hashable { let queueID: QueueID, season: String, revision: Int }
        let grid = IntervalLength.thirtyMinutes
        var starts: [Publication: [Date]] = [:]
        for row in rows { starts[Publication(queueID: row.queueID, season: row.season, revision: row.revision), default: []].append(row.start) }
        let lengths = starts.mapValues { dates -> Double in
            let sorted = dates.sorted()
            let steps = zip(sorted, sorted.dropFirst()).map { $1.timeIntervalSince($0) }.filter { $0 > 0 }
            return min(3600, max(900, steps.min() ?? 1800))
        }
        var profiles: [Publication: StaffingProfile?] = [:]
        var folded: [Key: HalfHour] = [:]
        for row in rows {
            let publication = Publication(queueID: row.queueID, season: row.season, revision: row.revision)
            let profile: StaffingProfile? = profiles[publication] ?? {
                let built = StaffingProfile.published(
                    target: row.target, averageHandleSeconds: row.handleSeconds, shrinkage: row.shrinkage,
                    concurrency: channels[row.queueID] == .chat ? StaffingProfile.defaultChatConcurrency : 1)
                profiles[publication] = .some(built)
                return built
            }()
            let seconds = lengths[publication] ?? 1800
            let p90Need = profile.flatMap { try? $0.requirement(contacts: row.p90, intervalSeconds: seconds, start: row.start).scheduled }
            let cells = max(1, Int(seconds / 1800))
            for cell in 0..<cells {
                let start = grid.start(containing: row.start.addingTimeInterval(Double(cell * 1800)))
                let key = Key(queueID: row.queueID, start: start)
                let p50 = row.p50 / Double(cells), p90 = row.p90 / Double(cells)
                if var half = folded[key] {
                    half.p50 += p50
                    half.p90 += p90
                    half.scheduledP50 = max(half.scheduledP50, row.scheduled)
                    if let earlier = half.scheduledP90, let need = p90Need { half.scheduledP90 = max(earlier, need) } else { half.scheduledP90 = nil }
                    folded[key] = half
                } else {
                    folded[key] = HalfHour(season: row.season, revision: row.revision, p50: p50, p90: p90,
                                           scheduledP50: row.scheduled, scheduledP90: p90Need, profile: profile)
                }
            }
        }
        return folded
    }
}
