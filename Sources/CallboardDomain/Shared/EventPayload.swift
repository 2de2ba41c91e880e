/// The facts of one kind of event, e.g. `SiteOpened`. Each payload type names its stable
/// event type, its schema version and the natural key that identifies the business fact.
public protocol EventPayload: Sendable, Equatable, Codable {
    /// The stable name stored with the event, e.g. `"SiteOpened"`. Never rename one.
    static var eventType: String { get }
    /// The payload's JSON schema version; raise it when the shape changes.
    static var schemaVersion: Int { get }
    /// What makes this fact unique within its event type, e.g. a queue and interval start.
    /// Re-importing the same fact yields the same key, hence the same event id.
    var naturalKey: String { get }
}

extension EventPayload {
    public static var schemaVersion: Int { 1 }
}

/// Joins the parts of a natural key with a separator that cannot occur in them.
func naturalKey(_ parts: CustomStringConvertible...) -> String {
    parts.map(\.description).joined(separator: "|")
}
