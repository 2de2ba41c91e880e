import EventStore

/// What the log holds, to check that a refused import or command appended nothing.
enum LogInspection {
    /// Every category Callboard's operations write to.
    static let categories = ["site", "agent", "account", "queue", "schedule", "intervals", "agentstats", "agentquality",
                             "program", "certification"]

    /// Events in all of `categories` (read per category: a whole-log read waits for other
    /// tests' transactions on the same server).
    static func eventCount(_ store: EventLog) async throws -> Int {
        var count = 0
        for category in categories { count += try await store.readCategory(category).count }
        return count
    }

    static func types(in stream: String, _ store: EventLog) async throws -> [String] {
        try await store.readStream(StreamID(stream)).map(\.type)
    }

    static func events(in stream: String, _ store: EventLog) async throws -> [RecordedEvent] {
        try await store.readStream(StreamID(stream))
    }
}
