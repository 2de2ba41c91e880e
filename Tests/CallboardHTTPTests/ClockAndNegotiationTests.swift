@testable import CallboardHTTP
import Foundation
import Testing

/// The pure pieces under every export: instants written on the reader's clock, and format
/// negotiation.
@Suite struct ClockAndNegotiationTests {
    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test(arguments: [
        ("America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T01:30:00-04:00"),
        ("America/New_York", "2026-11-01T06:30:00Z", "2026-11-01T01:30:00-05:00"),
        ("Asia/Kathmandu", "2026-03-02T00:00:00Z", "2026-03-02T05:45:00+05:45"),
        ("Australia/Adelaide", "2026-04-04T16:15:00Z", "2026-04-05T02:45:00+10:30"),
        ("Australia/Adelaide", "2026-04-04T16:45:00Z", "2026-04-05T02:15:00+09:30"),
        ("Asia/Manila", "1969-12-31T15:00:00Z", "1969-12-31T23:00:00+08:00"),
        ("UTC", "2026-11-27T14:30:07Z", "2026-11-27T14:30:07+00:00"),
    ])
    func instantsAreWrittenOnTheClockWithTheirOffset(zone: String, instant: String, expected: String) throws {
        var renderer = try ReaderClock.resolve(zone, fallback: nil).renderer()
        #expect(renderer.render(Self.utc(instant)) == expected)
        #expect(renderer.render(Self.utc(instant)) == expected) // from the remembered offset
    }

    @Test func theDefaultClockIsTheFallbackAndUnknownZonesAreRefused() throws {
        #expect(try ReaderClock.resolve(nil, fallback: "Europe/London").zoneID == "Europe/London")
        #expect(try ReaderClock.resolve(nil, fallback: nil).zoneID == "UTC")
        #expect(throws: ExportError.self) { try ReaderClock.resolve("Mars/Olympus", fallback: nil) }
        #expect(throws: ExportError.self) { try ReaderClock.resolve("", fallback: nil) }
    }

    @Test func formatsAreNegotiated() throws {
        #expect(try ExportFormat.negotiate(format: nil, accept: nil) == .json)
        #expect(try ExportFormat.negotiate(format: "csv", accept: "application/json") == .csv)
        #expect(try ExportFormat.negotiate(format: nil, accept: "text/csv") == .csv)
        #expect(try ExportFormat.negotiate(format: nil, accept: "application/x-ndjson, application/json;q=0.5") == .ndjson)
        #expect(try ExportFormat.negotiate(format: nil, accept: "text/html;q=0.9, */*;q=0.1") == .json)
        #expect(throws: ExportError.self) { try ExportFormat.negotiate(format: nil, accept: "text/html") }
        #expect(throws: ExportError.self) { try ExportFormat.negotiate(format: nil, accept: "text/csv;q=0") }
    }
}
