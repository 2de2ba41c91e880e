/// Why an event was recorded and by whom: kept beside every event so that a reader
/// can follow a chain of cause and effect and audit who changed what.
public struct EventMetadata: Sendable, Hashable, Codable {
    /// Ties together every event caused, directly or not, by one request or job.
    public var correlationID: String?
    /// The id of the event or command that directly caused this one.
    public var causationID: String?
    /// Who or what asked for the change: a person, a token, a job.
    public var actor: String?
    /// Where the facts came from: a command, an import file, a system.
    public var source: String?

    public init(correlationID: String? = nil, causationID: String? = nil, actor: String? = nil, source: String? = nil) {
        self.correlationID = correlationID
        self.causationID = causationID
        self.actor = actor
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case correlationID = "correlation_id"
        case causationID = "causation_id"
        case actor
        case source
    }
}
