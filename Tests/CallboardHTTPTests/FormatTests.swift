@testable import CallboardHTTP
import CallboardReports
import Foundation
import HummingbirdTesting
import Testing

/// JSON, NDJSON and CSV carry the same rows; CSV escapes per RFC 4180; times follow `tz`.
@Suite struct FormatTests {
    @Test func csvFieldsAreQuotedAndFormulasDefused() {
        var instants = InstantRenderer.utc
        #expect(CSVFormat.record([.text("plain"), .text("a,b"), .text("say \"hi\""), .text("two\nlines")], &instants)
            == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        #expect(CSVFormat.record([.text("=SUM(A1)"), .text("-5"), .null, .decimal(0.5), .boolean(false)], &instants)
            == "'=SUM(A1),-5,,0.5,false\n")
    }

    @Test func theThreeFormatsCarryTheSameRows() async throws {
        try await APIHarness.run { harness, client in
            let uri = "/v1/accounts/ACME/intervals?from=2026-10-31&to=2026-11-02&tz=UTC"
            let json = try await client.get(uri, token: harness.acme)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            let ndjson = try await client.get(uri, token: harness.acme, headers: [.accept: "application/x-ndjson"])
            #expect(ndjson.headers[.contentType] == "application/x-ndjson; charset=utf-8")
            let csv = try await client.get(uri + "&format=csv", token: harness.acme)
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first == Substring(IntervalsDefinition.columnNames.joined(separator: ",")))
            #expect(csv.text.hasSuffix("\n") && !csv.text.contains("\r"), "one line ending, LF, and a final line break")
            let objects = ndjson.text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            #expect(json.rows.count == 2 * ExportWorld.intervalsPerQueue)
            #expect(objects.count == json.rows.count && lines.count == json.rows.count + 1)
            #expect(json.rows.first?["interval_start"] as? String == "2026-11-01T00:00:00+00:00")
            #expect(lines[1].hasPrefix("ACME-E,email,2026-11-01T00:00:00+00:00,30,40,38,2,1,34,6840,"))
        }
    }

    @Test func csvOfEventPayloadsEscapesQuotesAndCommas() async throws {
        try await APIHarness.run { harness, client in
            let csv = try await client.get("/v1/accounts/ACME/changes?limit=1&format=csv", token: harness.acme).text
            let signed = try #require(csv.split(separator: "\n").dropFirst().first)
            #expect(signed.contains(",account_signed,"))
            #expect(signed.contains(#","{""#))
            #expect(signed.contains(#"""account_id"":""ACME"""#) && !signed.contains("accountID"))
            #expect(signed.contains(#"""Acme, Inc."""#) && signed.contains(#"Acme \""Pro\"""#))
            #expect(signed.hasSuffix("}\""))
        }
    }

    @Test func timesAreReadAndWrittenOnTheRequestedClock() async throws {
        try await APIHarness.run { harness, client in
            // Default: the account's market clock, New York (EST after 1 November 2026 02:00).
            let local = try await client.get("/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-01&queue=ACME-V",
                                             token: harness.acme).rows
            #expect(local.first?["interval_start"] as? String == "2026-11-01T00:00:00-04:00")
            #expect(local.contains { $0["interval_start"] as? String == "2026-11-01T01:30:00-04:00" })
            #expect(local.contains { $0["interval_start"] as? String == "2026-11-01T01:30:00-05:00" })
            #expect(local.count == 50) // 25 hours: the fall-back day
            let manila = try await client.get(
                "/v1/accounts/ACME/intervals?from=2026-11-02&to=2026-11-02&queue=ACME-V&tz=Asia/Manila", token: harness.acme).rows
            #expect(manila.first?["interval_start"] as? String == "2026-11-02T00:00:00+08:00")
            let account = try await client.get("/v1/accounts/ACME?tz=Asia/Manila", token: harness.acme)
            #expect(account.object["market_time_zone"] as? String == "America/New_York")
            #expect(account.rows.first?["sla_effective_from"] as? String == "2026-01-01T13:00:00+08:00")
        }
    }
}
