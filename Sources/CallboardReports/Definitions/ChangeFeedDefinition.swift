import Foundation

/// The columns of the change feed (`/changes`): one row per event of the account, its
/// payload in the public event schema (``PublicEvent``). Read from the log, not from read
/// models, so it has no report query.
public enum ChangeFeedDefinition {
    public static let name = "ChangeEvent"
    public static let summary = "The account's own events in log order, from a cursor, in the public event schema."

    public static let parameters = [
        ReportParameter("limit", example: "100",
                        "Events per page, 1 to the server's page limit (default 1000)."),
    ]

    public static let columns = [
        Column("cursor", .text, "Resumes the feed after this event."),
        Column("position", .text, "The event's log checkpoint, `transaction:position`."),
        Column("stream", .text, "The stream the event belongs to (`account-<id>`, `queue-<id>`, `intervals-<queue>-<yyyy-mm>`)."),
        Column("stream_version", .integer, "The event's version within its stream."),
        Column("type", .text, "The public event type, snake_case (`interval_reported`; see the ChangeEvent payload schemas)."),
        Column("recorded_at", .instant, "When the event was recorded, on the reader's clock."),
        Column("payload", .json, "The event's public payload: snake_case fields documented per type."),
    ]
}
