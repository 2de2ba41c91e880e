@testable import CallboardHTTP
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Crafted cursors, zone names and dates are refused with a JSON 400 naming the parameter,
/// before anything reaches the database driver (issue 11: a cursor at 2^53 seconds crashed
/// `serve` in postgres-nio's date conversion, one at -9e12 s answered an empty 500, and
/// `tz=Europe/Berlin%00` answered 500 or silently UTC).
@Suite struct ParameterBoundsTests {
    static func cursor(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static let intervals = "/v1/accounts/ACME/intervals?from=2026-11-02&to=2026-11-02&limit=5"

    @Test func craftedIntervalCursorsAnswer400AndTheServerStaysUp() async throws {
        try await APIHarness.run { harness, client in
            let crafted = [
                "intervals|ACME-V|9007199254740992", "intervals|ACME-V|-9000000000000", "intervals|ACME-V|9223372036854775807",
                "intervals|ACME-V|-9223372036854775808", "intervals|ACME-V|253402300800", "intervals|ACME-V|-2208988801",
                "intervals|ACME-V\u{0}|1793577600", "intervals|BETA-V|1793577600", "intervals|NOPE|1793577600",
                "intervals||1793577600", "intervals|ACME-V|", "intervals|ACME-V|1e12", "changes|1:1",
            ]
            for text in crafted {
                let response = try await client.get(Self.intervals + "&cursor=" + Self.cursor(text), token: harness.acme)
                #expect(response.status == .badRequest, "\(text.debugDescription): \(response.status)")
                #expect((response.object["detail"] as? String)?.hasPrefix("cursor:") == true, "\(text.debugDescription)")
                #expect(response.object["request_id"] as? String == response.headers[.xRequestID])
            }
            let overlong = try await client.get(Self.intervals + "&cursor=" + String(repeating: "A", count: 4000), token: harness.acme)
            #expect(overlong.status == .badRequest)
            // A cursor the export handed out still works, and the server is still up.
            let first = try await client.get(Self.intervals, token: harness.acme)
            let next = try #require(first.object["next_cursor"] as? String)
            #expect(try await client.get(Self.intervals + "&cursor=" + next, token: harness.acme).status == .ok)
            #expect(try await client.get("/healthz", token: nil).status == .ok)
        }
    }

    @Test func zoneNamesWithControlCharactersAnswer400OnEveryExport() async throws {
        try await APIHarness.run { harness, client in
            let uris = [
                "/v1/accounts/ACME/sla/daily?month=2026-11", "/v1/accounts/ACME/intervals?from=2026-11-02&to=2026-11-02",
                "/v1/accounts/ACME/sla/monthly?from=2026-11", "/v1/accounts/ACME/coverage?date=2026-11-02", "/v1/accounts/ACME",
            ]
            for uri in uris {
                for zone in ["Europe/Berlin%00", "Europe/Berlin%0A", "Europe/Berlin%20", "GMT%2B5", "Europe%2F..%2FBerlin",
                             String(repeating: "A/", count: 100)] {
                    let response = try await client.get(uri + (uri.contains("?") ? "&" : "?") + "tz=" + zone, token: harness.acme)
                    #expect(response.status == .badRequest, "\(uri) tz=\(zone): \(response.status)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    #expect((response.object["detail"] as? String)?.hasPrefix("tz:") == true, "\(uri) tz=\(zone): \(response.text)")
                }
                #expect(try await client.get(uri + (uri.contains("?") ? "&" : "?") + "tz=Europe/Berlin", token: harness.acme).status == .ok)
            }
        }
    }

    @Test func datesOutsideTheComputableYearsAndOverlongRangesAnswer400() async throws {
        try await APIHarness.run { harness, client in
            let cases = [
                ("/v1/accounts/ACME/intervals?from=9999-12-31&to=9999-12-31", "from"),
                ("/v1/accounts/ACME/intervals?from=0001-01-01&to=0001-01-02", "from"),
                ("/v1/accounts/ACME/intervals?from=2023-01-01&to=2025-12-31", "to"),
                ("/v1/accounts/ACME/intervals?from=2026-01-01&to=2027-02-05", "to"),
                ("/v1/accounts/ACME/sla/daily?month=9999-12", "month"), ("/v1/accounts/ACME/sla/daily?month=0000-01", "month"),
                ("/v1/accounts/ACME/sla/monthly?from=9999-01&to=9999-12", "from"),
                ("/v1/accounts/ACME/coverage?date=9999-12-31", "date"),
                ("/v1/accounts/ACME/peak-forecast?season=black-friday-2026%00", "season"),
                ("/v1/accounts/ACME/changes?cursor=" + ParameterBoundsTests.cursor("changes|18446744073709551616:1"), "cursor"),
            ]
            for (uri, parameter) in cases {
                let response = try await client.get(uri, token: harness.acme)
                #expect(response.status == .badRequest, "\(uri): \(response.status)")
                #expect((response.object["detail"] as? String)?.hasPrefix("\(parameter):") == true, "\(uri): \(response.text)")
            }
            // 400 days (counting both ends) is the most one request may span.
            let longest = try await client.get("/v1/accounts/ACME/intervals?from=2026-01-01&to=2027-02-04&limit=1", token: harness.acme)
            #expect(longest.status == .ok)
        }
    }
}
