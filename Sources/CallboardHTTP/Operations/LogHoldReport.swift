import CallboardReports
import EventStore
import Foundation

/// The transaction holding the log back, as `/readyz` and `/metrics` state it: readers see
/// only events older than every running transaction in this database (schema/0032), so one
/// session left idle in a transaction there stops every read model and the change feed. Built fresh at each
/// request (no series of an old holder lingers in the registry).
struct LogHoldReport {
    let hold: LogHold?

    /// `"held_back":{"events":12,"pid":4242,"application":"psql","database":"postgres",...}`,
    /// or nothing when no committed event waits.
    var jsonField: String? {
        guard let hold, hold.waitingEvents > 0 else { return nil }
        var fields = ["\"events\":\(hold.waitingEvents)"]
        if let pid = hold.pid { fields.append("\"pid\":\(pid)") }
        if let application = hold.applicationName { fields.append("\"application\":\(JSONText.quoted(application))") }
        if let database = hold.database { fields.append("\"database\":\(JSONText.quoted(database))") }
        if let user = hold.user { fields.append("\"user\":\(JSONText.quoted(user))") }
        if let state = hold.state { fields.append("\"state\":\(JSONText.quoted(state))") }
        if let age = hold.ageSeconds { fields.append("\"transaction_age_seconds\":\(Int(max(0, min(age, 1e12))))") }
        return "\"held_back\":{" + fields.joined(separator: ",") + "}"
    }

    /// Prometheus text: the committed events waiting, and the oldest transaction's age
    /// labelled with its pid, application and database.
    var metricsText: String {
        var lines = [
            "# HELP callboard_log_held_back_events Committed events readers cannot see yet because an older transaction is still running.",
            "# TYPE callboard_log_held_back_events gauge",
            "callboard_log_held_back_events \(hold?.waitingEvents ?? 0)",
        ]
        if let hold, let pid = hold.pid {
            let labels = [("pid", String(pid)), ("application", hold.applicationName ?? ""), ("database", hold.database ?? "")]
                .map { "\($0.0)=\"\(Self.escaped($0.1))\"" }.joined(separator: ",")
            lines += [
                "# HELP callboard_log_oldest_transaction_age_seconds Age of the transaction at the log's read horizon: the oldest running one in this database.",
                "# TYPE callboard_log_oldest_transaction_age_seconds gauge",
                "callboard_log_oldest_transaction_age_seconds{\(labels)} \(hold.ageSeconds ?? 0)",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Prometheus label value: backslash, double quote and line feed escaped.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
