import EventStore
import Foundation
import Projections

/// The lines `projections status` prints under its table: what each read model set aside,
/// and which transaction holds the log back.
enum ProjectionNotes {
    /// `queue_intervals: 2 events quarantined (first 2):` then one line per event.
    static func quarantine(_ statuses: [ProjectionStatus]) -> [String] {
        statuses.filter { $0.quarantined > 0 }.flatMap { status in
            ["\(status.name): \(status.quarantined) event\(status.quarantined == 1 ? "" : "s") quarantined"
                + " (first \(status.quarantineSample.count); `callboard projections retry-quarantined` tries again):"]
                + status.quarantineSample.map { event in
                    "  \(event.checkpoint) \(event.streamID) v\(event.streamVersion) \(event.eventType) \(event.eventID)"
                        + " (attempts \(event.attempts), last \(ReportCell.minute(event.lastAttemptAt).shown)): \(event.reason)"
                }
        }
    }

    /// When committed events wait behind a running transaction: who holds it and since when.
    static func hold(_ hold: LogHold?) -> [String] {
        guard let hold, hold.waitingEvents > 0 else { return [] }
        return ["log held back: \(hold.waitingEvents) committed event\(hold.waitingEvents == 1 ? "" : "s") wait behind "
                + describe(hold)]
    }

    /// `pid 4242 (psql, database postgres, user ana), idle in transaction for 12m05s; ...`
    static func describe(_ hold: LogHold) -> String {
        guard let pid = hold.pid else { return "a prepared transaction (see pg_prepared_xacts)" }
        var about = [hold.applicationName.map { $0.isEmpty ? "no application name" : $0 } ?? "application unknown"]
        if let database = hold.database { about.append("database \(database)") }
        if let user = hold.user { about.append("user \(user)") }
        var text = "pid \(pid) (\(about.joined(separator: ", ")))"
        text += ", \(hold.state ?? "transaction") for \(hold.ageSeconds.map(duration) ?? "an unknown time")"
        return text + "; end it with SELECT pg_terminate_backend(\(pid))"
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(max(0, min(seconds, 1e9)))
        let (hours, minutes, rest) = (whole / 3600, whole % 3600 / 60, whole % 60)
        return hours > 0 ? String(format: "%dh%02dm%02ds", hours, minutes, rest) : String(format: "%dm%02ds", minutes, rest)
    }
}
