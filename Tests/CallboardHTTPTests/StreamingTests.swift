import CallboardOperations
@testable import CallboardHTTP
import Foundation
import PostgresTestSupport
import HummingbirdTesting
import Testing

/// Large exports stream in keyset pages; paged exports hand out cursors that stay stable
/// while new facts arrive.
@Suite struct StreamingTests {
    @Test func aStreamedExportIsWrittenPageByPageInChunks() async throws {
        // Pages of 7 rows from PostgreSQL: 192 rows take 28 round trips, none of them missed.
        try await APIHarness.run(configure: { $0.streamPageSize = 7 }) { harness, client in
            let uri = "/v1/accounts/ACME/intervals?from=2026-10-31&to=2026-11-02&tz=UTC&format=ndjson"
            let response = try await client.get(uri, token: harness.acme)
            #expect(response.headers[.transferEncoding] == "chunked")
            #expect(response.headers[.contentLength] == nil)
            let keys = response.text.split(separator: "\n").compactMap { line -> String? in
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return object.map { "\($0["queue_id"] ?? "")|\($0["interval_start"] ?? "")" }
            }
            #expect(keys.count == 2 * ExportWorld.intervalsPerQueue)
            #expect(Set(keys).count == keys.count)
            #expect(keys == keys.sorted())
        }
    }

    @Test func pagesWithCursorsAddUpToTheStreamedExport() async throws {
        try await APIHarness.run { harness, client in
            let base = "/v1/accounts/ACME/intervals?from=2026-10-31&to=2026-11-02&tz=UTC"
            let whole = try await client.get(base, token: harness.acme).rows.map(Self.key)
            var paged: [String] = []
            var cursor: String?
            repeat {
                let page = try await client.get(base + "&limit=50" + (cursor.map { "&cursor=\($0)" } ?? ""), token: harness.acme)
                paged += page.rows.map(Self.key)
                cursor = page.object["next_cursor"] as? String
                #expect(page.headers[.callboardNextCursor] == cursor)
                if let cursor { #expect(page.headers[.link]?.contains("cursor=\(cursor)") == true) }
            } while cursor != nil
            #expect(paged == whole)
        }
    }

    @Test func intervalCursorsStayStableWhileFactsArrive() async throws {
        try await APIHarness.run { harness, client in
            let base = "/v1/accounts/ACME/intervals?from=2026-10-31&to=2026-11-05&tz=UTC&queue=ACME-V&limit=40"
            let first = try await client.get(base, token: harness.acme)
            let cursor = try #require(first.object["next_cursor"] as? String)
            // New intervals arrive both before the cursor (11-03 sorts after, 10-31 before).
            let importer = Importer(store: harness.store, actor: "test")
            _ = try await importer.importFile(.intervals, text: ExportWorld.intervals(
                ["ACME-V"], count: 4, from: ExportWorld.utc("2026-10-31T12:00:00Z")), file: "early.csv")
            _ = try await importer.importFile(.intervals, text: ExportWorld.intervals(
                ["ACME-V"], count: 4, from: ExportWorld.utc("2026-11-03T12:00:00Z")), file: "late.csv")
            try await harness.settle()
            var rest: [String] = []
            var next: String? = cursor
            while let page = next {
                let response = try await client.get(base + "&cursor=\(page)", token: harness.acme)
                rest += response.rows.map(Self.key)
                next = response.object["next_cursor"] as? String
            }
            let seen = first.rows.map(Self.key)
            #expect(Set(seen).isDisjoint(with: rest))
            #expect(rest.count == ExportWorld.intervalsPerQueue - 40 + 4)
            #expect(rest.last == "ACME-V|2026-11-03T13:30:00+00:00")
        }
    }

    @Test func theChangeFeedMissesAndRepeatsNothingUnderConcurrentAppends() async throws {
        try await APIHarness.run { harness, client in
            let importer = Importer(store: harness.store, actor: "test")
            let progress = AppendProgress()
            let appends = Task {
                for day in 0..<6 {
                    let start = ExportWorld.utc("2026-11-10T00:00:00Z").addingTimeInterval(TimeInterval(day * 86_400))
                    _ = try await importer.importFile(
                        .intervals, text: ExportWorld.intervals(["ACME-V", "BETA-V"], count: 8, from: start), file: "day\(day).csv")
                }
                await progress.finish()
            }
            // Page while the appends commit, until every expected event has come (readers
            // only see transactions older than every running one on the shared test server,
            // so the last ones may take a moment), then once more to see nothing else comes.
            let expected = 1 + 2 + 2 * ExportWorld.intervalsPerQueue + 6 * 8
            let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
            var seen: [String] = []
            var cursor = ""
            var finalPolls = 0
            while finalPolls < 2, ContinuousClock.now < deadline {
                let page = try await client.get("/v1/accounts/ACME/changes?limit=25" + (cursor.isEmpty ? "" : "&cursor=\(cursor)"),
                                                token: harness.acme)
                seen += page.rows.compactMap { "\($0["stream"] ?? "")#\($0["stream_version"] ?? "")" }
                cursor = try #require(page.object["next_cursor"] as? String)
                if await progress.isFinished, seen.count >= expected { finalPolls += 1 }
                if page.rows.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
            }
            try await appends.value
            #expect(Set(seen).count == seen.count)
            #expect(seen.count == expected)
            #expect(!seen.contains { $0.contains("BETA") })
        }
    }

    static func key(_ row: [String: Any]) -> String { "\(row["queue_id"] ?? "")|\(row["interval_start"] ?? "")" }
}

/// Whether the concurrent appends are done.
actor AppendProgress {
    private(set) var isFinished = false
    func finish() { isFinished = true }
}
