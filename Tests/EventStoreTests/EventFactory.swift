import EventStore
import Foundation

/// Small events for tests.
enum EventFactory {
    static func events(_ count: Int, type: String = "SomethingHappened") -> [NewEvent] {
        (0..<count).map { NewEvent(type: type, payload: #"{"n":\#($0)}"#) }
    }

    static func uniqueStream(_ prefix: String = "test") -> StreamID {
        StreamID("\(prefix)-\(UUID().uuidString.prefix(8))")
    }
}
