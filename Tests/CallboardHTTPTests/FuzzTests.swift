@testable import CallboardHTTP
import Foundation
import FuzzSupport
import HTTPTypes
import HummingbirdTesting
import Testing

/// Random and mutated query strings, parameter values and cursors against every export of
/// a running server: every answer is 2xx, 304 or 4xx, every error a JSON body with the
/// request id, never a 5xx, and the server stays up (issue 11, item 2). Seeded and bounded:
/// the same few hundred requests every run.
@Suite struct FuzzTests {
    /// A valid request of each export, the starting point of every mutation.
    static let valid: [(path: String, query: [(String, String)])] = [
        ("", []), ("", [("tz", "Europe/London")]),
        ("/intervals", [("from", "2026-11-01"), ("to", "2026-11-02"), ("limit", "20")]),
        ("/intervals", [("from", "2026-11-01"), ("to", "2026-11-02"), ("queue", "ACME-V"), ("format", "csv")]),
        ("/sla/daily", [("month", "2026-11")]), ("/sla/monthly", [("from", "2026-10"), ("to", "2026-11")]),
        ("/coverage", [("date", "2026-11-02")]), ("/certified-headcount", [("expiring_within_days", "30")]),
        ("/peak-forecast", [("season", "black-friday-2026")]), ("/peak-plan", [("season", "black-friday-2026"), ("revision", "1")]),
        ("/changes", [("limit", "10")]),
    ]

    static let names = ["from", "to", "month", "date", "tz", "limit", "cursor", "queue", "format", "season", "revision",
                        "expiring_within_days", "", "FROM", "from[]", "x"]

    static func base64url(_ text: String) -> String {
        ParameterBoundsTests.cursor(text)
    }

    /// Values that have broken parsers elsewhere: huge and odd numbers, impossible dates,
    /// control characters, crafted cursors, overlong text.
    static let hostile: [String] = [
        "9007199254740992", "-9007199254740992", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "1e308", "-1e308", "NaN", "inf", "-0", "0x10", "+5", " 5", "٣", "0", "-1",
        "9999-12-31", "10000-01-01", "0000-01-01", "0001-01-01", "1899-12-31", "2026-02-29", "2026-11-02T00:00:00Z",
        "2026-1-1", "-001-01-01", "9999-12", "0000-00", "2026-13", "2026-00", "+2026-11",
        "Europe/Berlin\u{0}", "Europe/Berlin\n", "UTC\r\n", "GMT+5", "Etc/GMT+14", "../../etc/passwd", "America/New_York ",
        "\u{0}", "\u{7F}", "\u{1B}[31m", "\u{FEFF}", "é", "😀", "%", "%00", "%ZZ", "&", "=", "?", "#", "\\", "'", "\"", ";",
        "black-friday-9999", "black-friday-0", "black-friday-+2026", "black-friday-2026\u{0}",
        base64url("intervals|ACME-V|9007199254740992"), base64url("intervals|ACME-V|-9000000000000"),
        base64url("intervals|ACME-V|-9223372036854775808"), base64url("intervals|ACME-V\u{0}|1793577600"),
        base64url("intervals|ACME-V|1793577600"), base64url("intervals|BETA-V|1793577600"), base64url("intervals|'; DROP TABLE x;--|0"),
        base64url("changes|18446744073709551615:9223372036854775807"), base64url("changes|0:-1"), base64url("changes|1:1"),
        base64url("changes|\u{0}:\u{0}"), base64url(String(repeating: "intervals|", count: 50)), "====", "-_-_",
        String(repeating: "9", count: 400), String(repeating: "A", count: 3000), String(repeating: "\u{0}", count: 50),
    ]

    static func encoded(_ text: String, _ random: inout SeededRandom) -> String {
        // Mostly percent-encoded; sometimes raw where the URI allows it, or double-encoded.
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let escaped = text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        if random.chance(0.1) { return escaped.replacingOccurrences(of: "%", with: "%25") }
        // Raw only with characters a query may hold (RFC 3986), and '%' for broken escapes.
        let raw = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~!$'()*+,;:@/%"))
        if random.chance(0.1), text.unicodeScalars.allSatisfy({ $0.isASCII && raw.contains($0) }) { return text }
        return escaped
    }

    /// A mutation, at most 4,000 characters: the API's own answers are what is fuzzed here; a
    /// request head beyond the HTTP parser's 80 KiB is refused before it (`oversizedHeads...`).
    static func mutate(_ value: String, _ random: inout SeededRandom) -> String {
        String(mutated(value, &random).prefix(4000))
    }

    static func mutated(_ value: String, _ random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return random.pick(hostile)
        case 1: return value + random.pick(hostile)
        case 2: return String(value.dropLast(Int.random(in: 0...max(0, value.count), using: &random)))
        case 3:
            var scalars = Array(value.unicodeScalars)
            guard !scalars.isEmpty else { return "\u{0}" }
            scalars[Int.random(in: 0..<scalars.count, using: &random)] = Unicode.Scalar(UInt8.random(in: 0...127, using: &random))
            return String(String.UnicodeScalarView(scalars))
        case 4: return String(repeating: value, count: Int.random(in: 2...40, using: &random))
        case 5: return base64url(random.pick(["intervals", "changes", "x"]) + "|" + value + "|" + random.pick(hostile))
        case 6: return String((0..<Int.random(in: 1...30, using: &random)).map { _ in
            Character(Unicode.Scalar(UInt8.random(in: 0...127, using: &random))) })
        default: return value
        }
    }

    @Test func fuzzedRequestsAnswer2xx304Or4xxAndTheServerStaysUp() async throws {
        try await APIHarness.run(configure: { $0.longExportRows = 1000 }) { harness, client in
            var random = SeededRandom(seed: 0x1111_CA11_B0A2D)
            var statuses: [Int: Int] = [:]
            for round in 0..<320 {
                let (path, query) = random.pick(Self.valid)
                var items = query
                for index in items.indices where random.chance(0.4) {
                    items[index].1 = Self.mutate(items[index].1, &random)
                }
                if random.chance(0.3), !items.isEmpty { items.remove(at: Int.random(in: 0..<items.count, using: &random)) }
                for _ in 0..<Int.random(in: 0...2, using: &random) {
                    items.append((random.pick(Self.names), Self.mutate(random.pick(Self.hostile), &random)))
                }
                let queryText = String(items.map { Self.encoded($0.0, &random) + "=" + Self.encoded($0.1, &random) }
                    .joined(separator: "&").prefix(60_000))
                // Now and then a path that is not served (a JSON 404) or a mangled one.
                let mangled = random.chance(0.1)
                    ? path + "/" + Self.encoded(random.pick(Self.hostile), &random)
                    : random.chance(0.05) ? Self.encoded(Self.mutate(path, &random), &random) : path
                let uri = "/v1/accounts/ACME" + mangled + (queryText.isEmpty ? "" : "?" + queryText)
                let shown = uri.count > 300 ? uri.prefix(300) + "..." : Substring(uri)
                var headers: HTTPFields = [:]
                if random.chance(0.2) { headers[.ifNoneMatch] = random.pick(["*", "W/\"x\"", "\"\u{7F}\""]) }
                if random.chance(0.2) { headers[.accept] = random.pick(["text/csv", "application/xml", "*/*;q=NaN", "text/csv;q=1e400"]) }
                if random.chance(0.2) { headers[.xRequestID] = random.pick(["fuzz-\(round)", String(repeating: "x", count: 300), "a b"]) }
                let method: HTTPRequest.Method = random.chance(0.15) ? .head : .get
                let response = try await client.get(uri, token: harness.acme, headers: headers, method: method)
                let status = Int(response.status.code)
                statuses[status, default: 0] += 1
                #expect((200..<300).contains(status) || status == 304 || (400..<500).contains(status), "round \(round): \(shown) -> \(status)")
                #expect(response.headers[.xRequestID] != nil, "round \(round): \(shown)")
                if status >= 400, method == .get {
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8", "round \(round): \(shown)")
                    #expect(response.object["error"] is String, "round \(round): \(shown): \(response.text)")
                    #expect(response.object["request_id"] as? String == response.headers[.xRequestID], "round \(round): \(shown)")
                }
            }
            // Both outcomes occurred, and the server is up and answering real requests.
            #expect(statuses[200, default: 0] > 20 && statuses[400, default: 0] > 20, "\(statuses)")
            #expect(try await client.get("/healthz", token: nil).status == .ok)
            #expect(try await client.get("/v1/accounts/ACME/sla/daily?month=2026-11", token: harness.acme).status == .ok)
        }
    }

    @Test func fuzzedCursorsAnswer400OrAPage() async throws {
        try await APIHarness.run { harness, client in
            var random = SeededRandom(seed: 0xC0_2503)
            for round in 0..<160 {
                let kind = random.pick(["intervals", "changes", "intervals", ""])
                let queue = random.pick(["ACME-V", "ACME-E", "BETA-V", "", "ACME-V\u{0}", "ACME-V|ACME-E", String(repeating: "Q", count: 200)])
                let number = random.pick([
                    String(Int64.random(in: .min ... .max, using: &random)), String(UInt64.random(in: .min ... .max, using: &random)),
                    String(Int.random(in: -3_000_000_000...300_000_000_000, using: &random)), random.pick(Self.hostile),
                    String(Double.random(in: -1e20...1e20, using: &random)),
                ])
                let key = kind == "changes" ? "\(number):\(random.pick(Self.hostile))" : "\(queue)|\(number)"
                let cursor = random.chance(0.8) ? Self.base64url(kind + "|" + key) : Self.mutate(Self.base64url(kind + "|" + key), &random)
                let endpoint = kind == "changes" ? "/changes?limit=5" : "/intervals?from=2026-11-01&to=2026-11-03&limit=5"
                let uri = "/v1/accounts/ACME" + endpoint + "&cursor=" + Self.encoded(cursor, &random)
                let response = try await client.get(uri, token: harness.acme)
                #expect(response.status == .ok || response.status == .badRequest, "round \(round): \(kind)|\(key.debugDescription) -> \(response.status)")
                if response.status == .badRequest {
                    #expect((response.object["detail"] as? String)?.hasPrefix("cursor:") == true, "round \(round): \(response.text)")
                }
            }
            #expect(try await client.get("/healthz", token: nil).status == .ok)
        }
    }
}
