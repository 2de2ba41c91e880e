import CallboardDomain
import CallboardOperations
@testable import CallboardHTTP
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Issue 15: every account export answers `as_of` an instant (recorded time), the account's
/// profile included; a malformed instant, or one before the log began, is a 400 naming it.
@Suite struct AsOfExportTests {
    @Test func everyExportAnswersAsKnownAtAnInstant() async throws {
        try await APIHarness.run { harness, client in
            let exports = [
                "", "/sla/daily?month=2026-11", "/sla/monthly?from=2026-11", "/intervals?from=2026-11-01&to=2026-11-02&queue=ACME-V&limit=50",
                "/intervals?from=2026-11-01&to=2026-11-02", "/coverage?date=2026-11-01", "/certified-headcount", "/changes",
            ]
            var then: [String: String] = [:]
            for export in exports {
                then[export] = try await client.get("/v1/accounts/ACME\(export)", token: harness.acme).text
            }
            let instant = try await Self.serverNow(harness)
            // Later: ACME-V's figures are corrected and a queue opens.
            _ = try await Importer(store: harness.store, actor: "test").importFile(
                .intervals, text: ExportWorld.intervals(["ACME-V"], offered: 70), file: "corrections.csv")
            _ = try await Importer(store: harness.store, actor: "test").importFile(.queues, text: """
                queue_id,account_id,channel,language,timezone,hours,sla,sla_effective_from,market
                ACME-C,ACME,voice,en,America/New_York,24/7,80/30/5,2026-01-01T00:00:00-05:00,US

                """, file: "queues.csv")
            try await harness.settle()
            let asOf = ISO8601DateFormatter.fractional.string(from: instant)
            for export in exports {
                let now = try await client.get("/v1/accounts/ACME\(export)", token: harness.acme)
                let separator = export.contains("?") ? "&" : "?"
                let past = try await client.get("/v1/accounts/ACME\(export)\(separator)as_of=\(asOf)", token: harness.acme)
                #expect(past.status == .ok, "\(export)")
                #expect(Self.data(past.text) == Self.data(then[export] ?? ""), "\(export) as of \(asOf)")
                if !["/coverage?date=2026-11-01", "/certified-headcount"].contains(export) {
                    #expect(Self.data(now.text) != Self.data(then[export] ?? ""), "\(export) did not change")
                }
            }
            // The profile as of then has no ACME-C; now it has.
            #expect(try await client.get("/v1/accounts/ACME", token: harness.acme).text.contains("ACME-C"))
            #expect(!(try await client.get("/v1/accounts/ACME?as_of=\(asOf)", token: harness.acme).text.contains("ACME-C")))
        }
    }

    @Test func aBadOrTooEarlyInstantIsA400NamingIt() async throws {
        try await APIHarness.run { harness, client in
            for bad in ["yesterday", "2026-13-01", "2026-12-01T10:00:00", "0001-01-01T00:00:00Z", "2026-12-01T25:00:00Z"] {
                let response = try await client.get("/v1/accounts/ACME/sla/daily?month=2026-11&as_of=\(bad)", token: harness.acme)
                #expect(response.status == .badRequest, "\(bad)")
                #expect(response.text.contains("as_of"), "\(bad)")
            }
            let early = try await client.get("/v1/accounts/ACME?as_of=2001-01-01", token: harness.acme)
            #expect(early.status == .badRequest && early.text.contains("as_of") && early.text.contains("before"))
        }
    }

    @Test func aDateAloneIsTheEndOfThatDayOnTheReadersClock() throws {
        let newYork = try ReaderClock.resolve(nil, fallback: "America/New_York")
        let end = try AsOfInstant.parse("2026-12-01", on: newYork)
        #expect(abs(end.timeIntervalSince(ExportWorld.utc("2026-12-02T05:00:00Z")) + 0.000_001) < 0.000_000_5)
        let instant = try AsOfInstant.parse("2026-12-01T09:00:00.250+01:00", on: newYork)
        #expect(instant == ExportWorld.utc("2026-12-01T08:00:00Z").addingTimeInterval(0.25))
        #expect(AsOfInstant.isSettled(Date().addingTimeInterval(-7200)) && !AsOfInstant.isSettled(Date()))
    }

    /// The `data` rows of a JSON answer, as text (without the request-dependent envelope).
    static func data(_ text: String) -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { return text }
        let rows = object["data"] ?? []
        let bytes = (try? JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])) ?? Data()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The database server's clock now, after everything recorded so far.
    static func serverNow(_ harness: APIHarness) async throws -> Date {
        let rows = try await harness.store.client.query("SELECT clock_timestamp()", logger: harness.api.services.logger)
        var now = Date()
        for try await instant in rows.decode(Date.self) { now = instant }
        try await Task.sleep(for: .milliseconds(20))
        return now
    }
}

extension ISO8601DateFormatter {
    static var fractional: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
