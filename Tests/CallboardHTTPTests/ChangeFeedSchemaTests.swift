@testable import CallboardHTTP
import CallboardReports
import Foundation
import Testing

/// `/changes` hands out the public event schema, never the internal camelCase payloads
/// (issue 14): every type is a documented snake_case type, every payload key a documented
/// field of it, at every depth snake_case.
@Suite struct ChangeFeedSchemaTests {
    static func keys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] { return object.keys + object.values.flatMap(keys) }
        if let array = value as? [Any] { return array.flatMap(keys) }
        return []
    }

    @Test func theFeedCarriesOnlyDocumentedSnakeCaseEvents() async throws {
        try await APIHarness.run { harness, client in
            let response = try await client.get("/v1/accounts/ACME/changes?limit=10000", token: harness.acme)
            #expect(response.status == .ok && !response.rows.isEmpty)
            let documented = Dictionary(uniqueKeysWithValues: PublicEvent.schemas.map { ($0.type, Set($0.fields)) })
            var types: Set<String> = []
            for row in response.rows {
                let type = try #require(row["type"] as? String)
                types.insert(type)
                let fields = try #require(documented[type], "\(type) is documented")
                let payload = try #require(row["payload"] as? [String: Any])
                #expect(Set(payload.keys).isSubset(of: fields), "\(type): \(payload.keys.sorted())")
                #expect(!payload.isEmpty, "\(type) shows its fields")
                for key in Self.keys(payload) { #expect(Column.isSnakeCase(key), "\(type): \(key)") }
            }
            #expect(types.isSuperset(of: ["account_signed", "queue_opened", "interval_reported"]), "\(types)")
        }
    }
}
