import CallboardOperations
import EventStore
@testable import CallboardHTTP
import CZlib
import Foundation
import HTTPTypes
import HummingbirdTesting
import Hummingbird
import Testing

/// Issue 14, fast exports: per-account ETags, rendered responses reused while their ETag
/// holds, gzip, `Vary`, and the rate-limit header fields.
@Suite struct FastExportTests {
    static let daily = "/v1/accounts/ACME/sla/daily?month=2026-11"

    @Test func anotherTenantsImportLeavesTheETagAlone() async throws {
        try await APIHarness.run { harness, client in
            let exports = ["", "/sla/daily?month=2026-11", "/sla/monthly?from=2026-11", "/intervals?from=2026-11-01&to=2026-11-02&limit=100"]
            var before: [String: (etag: String, position: String?)] = [:]
            for export in exports {
                let response = try await client.get("/v1/accounts/ACME\(export)", token: harness.acme)
                before[export] = (try #require(response.headers[.eTag]), response.headers[.callboardPosition])
            }
            // BETA imports a day of intervals: the log moves, ACME's facts do not.
            _ = try await Importer(store: harness.store, actor: "test").importFile(
                .intervals, text: ExportWorld.intervals(["BETA-V"], count: 48, from: ExportWorld.utc("2026-11-10T00:00:00Z")),
                file: "beta.csv")
            try await harness.settle()
            for export in exports {
                let uri = "/v1/accounts/ACME\(export)"
                let (etag, position) = try #require(before[export])
                let again = try await client.get(uri, token: harness.acme)
                #expect(again.status == .ok && again.headers[.eTag] == etag, "\(uri)")
                #expect(again.headers[.callboardPosition] == position, "\(uri)")
                let conditional = try await client.get(uri, token: harness.acme, headers: [.ifNoneMatch: etag])
                #expect(conditional.status == .notModified, "\(uri)")
            }
            // ACME's own import changes its tags (and the answer, not a kept copy).
            _ = try await Importer(store: harness.store, actor: "test").importFile(
                .intervals, text: ExportWorld.intervals(["ACME-V"], count: 2, from: ExportWorld.utc("2026-11-20T00:00:00Z")),
                file: "acme.csv")
            try await harness.settle()
            let changed = try await client.get(Self.daily, token: harness.acme, headers: [.ifNoneMatch: before["/sla/daily?month=2026-11"]!.etag])
            #expect(changed.status == .ok && changed.headers[.eTag] != before["/sla/daily?month=2026-11"]!.etag)
            #expect(changed.rows.contains { $0["date"] as? String == "2026-11-19" || $0["period"] as? String == "2026-11-19" })
        }
    }

    @Test func aRenderedAnswerIsReusedWhileItsETagHolds() async throws {
        try await APIHarness.run { harness, client in
            let first = try await client.get(Self.daily, token: harness.acme)
            let kept = harness.api.services.renderedResponses.bytes
            #expect(kept >= first.body.readableBytes && first.body.readableBytes > 0)
            let second = try await client.get(Self.daily, token: harness.acme)
            #expect(second.text == first.text && second.headers[.eTag] == first.headers[.eTag])
            #expect(second.headers[.callboardPosition] == first.headers[.callboardPosition])
            // Another format or clock is another entry.
            let csv = try await client.get(Self.daily + "&format=csv", token: harness.acme)
            #expect(csv.status == .ok && csv.text != first.text)
            let more = harness.api.services.renderedResponses.bytes
            #expect(more > kept)
        }
    }

    @Test func gzipWhenAskedAndVaryAlways() async throws {
        try await APIHarness.run { harness, client in
            let plain = try await client.get(Self.daily, token: harness.acme)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.headers[.vary] == "Accept, Accept-Encoding")
            for _ in 0..<2 { // rendered, then kept
                let zipped = try await client.get(Self.daily, token: harness.acme, headers: [.acceptEncoding: "br;q=1, gzip;q=0.8"])
                #expect(zipped.status == .ok && zipped.headers[.contentEncoding] == "gzip")
                #expect(zipped.headers[.vary] == "Accept, Accept-Encoding")
                #expect(zipped.headers[.eTag] == plain.headers[.eTag])
                #expect(zipped.body.readableBytes < plain.body.readableBytes)
                #expect(Self.gunzip(zipped.body) == Array(plain.body.readableBytesView))
            }
            let refused = try await client.get(Self.daily, token: harness.acme, headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(refused.headers[.contentEncoding] == nil && refused.text == plain.text)
            #expect(!GzipEncoding.accepted(by: "identity") && GzipEncoding.accepted(by: "*") && !GzipEncoding.accepted(by: "*, gzip;q=0"))
        }
    }

    @Test func everyAnswerStatesTheRateLimit() async throws {
        try await APIHarness.run(configure: { $0.ratePerSecond = 0.1; $0.rateBurst = 3 }) { harness, client in
            var remaining: [Int] = []
            for _ in 0..<3 {
                let response = try await client.get("/v1/accounts/ACME", token: harness.acme)
                #expect(response.status == .ok && response.headers[.rateLimitLimit] == "3")
                remaining.append(Int(response.headers[.rateLimitRemaining] ?? "") ?? -1)
                #expect((1...30).contains(Int(response.headers[.rateLimitReset] ?? "") ?? 0))
            }
            #expect(remaining == [2, 1, 0])
            let limited = try await client.get("/v1/accounts/ACME", token: harness.acme)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.rateLimitRemaining] == "0" && limited.headers[.rateLimitLimit] == "3")
            #expect(limited.headers[.retryAfter] != nil)
        }
    }

    @Test func aTagFollowsTheAccountOnlyOnceEveryReadModelHasItsLastChange() {
        let at = { (position: Int64) in LogCheckpoint(transactionID: 7, position: position) }
        let changes = ["ACME": at(10), "BETA": at(40), "": at(20)]
        let own = AnswerTag.of(account: "ACME", readModels: ["client_accounts", "queue_intervals"], data: at(50), lastChanges: changes)
        #expect(own == AnswerTag(basis: "account \(at(10))", position: at(10)))
        // Later writes of BETA or of the log do not move it.
        #expect(AnswerTag.of(account: "ACME", readModels: ["client_accounts"], data: at(90), lastChanges: changes) == own)
        // A read model behind ACME's last change: the read models' own position.
        #expect(AnswerTag.of(account: "ACME", readModels: ["client_accounts"], data: at(9), lastChanges: changes).basis == "log \(at(9))")
        // A shared read model adds the shared facts' last change, once applied.
        let shared = AnswerTag.of(account: "ACME", readModels: ["client_accounts", "site_roster"], data: at(50), lastChanges: changes)
        #expect(shared == AnswerTag(basis: "account \(at(10)) shared \(at(20))", position: at(20)))
        #expect(AnswerTag.of(account: "ACME", readModels: ["site_roster"], data: at(15), lastChanges: changes).basis == "log \(at(15))")
        #expect(AnswerTag.of(account: "ACME", readModels: ["client_accounts"], data: at(50), lastChanges: [:]).basis == "log \(at(50))")
    }

    /// Inflates a gzip body with the system zlib.
    static func gunzip(_ body: ByteBuffer) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { inflateEnd(&stream) }
        var input = Array(body.readableBytesView)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { inBytes in
            stream.next_in = inBytes.baseAddress
            stream.avail_in = UInt32(inBytes.count)
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { outBytes in
                    stream.next_out = outBytes.baseAddress
                    stream.avail_out = UInt32(outBytes.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output += outBytes.prefix(outBytes.count - Int(stream.avail_out))
                }
            }
        }
        return status == Z_STREAM_END ? output : []
    }
}
