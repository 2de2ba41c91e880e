@testable import CallboardHTTP
import CallboardReports
import Foundation
import Testing

/// The OpenAPI document's row schemas and parameters come from the report definitions
/// (``ExportSchemas``), and live answers of a running export server validate against the
/// document as served (issue 14: the names, types and patterns had drifted from what the
/// server writes and accepts).
@Suite struct DocumentedColumnsTests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data()) as? [String: Any])
    }

    /// A request of every export that answers rows in the test world.
    static let requests: [String: String] = [
        "": "", "/intervals": "?from=2026-10-31&to=2026-11-02", "/sla/daily": "?month=2026-11",
        "/sla/monthly": "?from=2026-10&to=2026-11", "/coverage": "?date=2026-11-27", "/certified-headcount": "",
        "/peak-forecast": "?season=black-friday-2026", "/peak-plan": "?season=black-friday-2026&today=2026-11-10",
        "/changes": "?limit=25",
    ]

    @Test func everyExportHasAGeneratedRowSchemaAndItsColumnsAreListedAsWritten() throws {
        let document = try Self.document()
        let paths = try #require(document["paths"] as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect(Set(ExportSchemas.byPath.keys) == Set(ExportAPI.exports.map(\.path)))
        #expect(Set(Self.requests.keys) == Set(ExportAPI.exports.map(\.path)))
        for (suffix, table) in ExportSchemas.byPath {
            let path = "/v1/accounts/{account}" + suffix
            let get = (paths[path] as? [String: Any])?["get"] as? [String: Any]
            let listed = "Columns: " + table.columns.map(\.name).joined(separator: ", ") + "."
            #expect((get?["description"] as? String)?.contains(listed) == true, "\(path): description")
            let row = schemas[table.name + "Row"] as? [String: Any]
            #expect((row?["required"] as? [String]) == table.columns.map(\.name), "\(path): row schema")
            for parameter in table.parameters {
                let documented = (get?["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == parameter.name }
                #expect(documented != nil, "\(path): parameter \(parameter.name) documented")
                if let pattern = parameter.pattern {
                    #expect((documented?["schema"] as? [String: Any])?["pattern"] as? String == pattern, "\(path): \(parameter.name)")
                }
            }
        }
        #expect(Set(PublicEvent.schemas.map(\.type)).count == PublicEvent.schemas.count)
    }

    /// The committed `openapi.json` is the document as served: its row schemas, column lists
    /// and parameters were generated from the definitions and are regenerated when they change.
    @Test func theCommittedDocumentIsTheGeneratedOne() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CallboardHTTP/Resources/openapi.json")
        let committed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? NSDictionary)
        #expect(committed.isEqual(to: try Self.document()), "regenerate openapi.json from GET /openapi.json")
    }

    /// Every export of the running server, in JSON and NDJSON, against the served document:
    /// each row has exactly the documented columns, each value of its column's type.
    @Test func liveAnswersValidateAgainstTheServedDocument() async throws {
        try await APIHarness.run { harness, client in
            let served = try await client.get("/openapi.json", token: nil)
            let document = try #require(served.object as [String: Any]?)
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            var validated = 0
            for (suffix, query) in Self.requests {
                let table = try #require(ExportSchemas.byPath[suffix])
                let schema = try #require(schemas[table.name + "Row"] as? [String: Any])
                let json = try await client.get("/v1/accounts/ACME" + suffix + query, token: harness.acme)
                #expect(json.status == .ok, "\(suffix)\(query): \(json.text.prefix(200))")
                for row in json.rows {
                    let problems = RowSchemaCheck.problems(row, against: schema)
                    #expect(problems.isEmpty, "\(suffix): \(problems)")
                    validated += 1
                }
                let ndjson = try await client.get("/v1/accounts/ACME" + suffix + query + (query.isEmpty ? "?" : "&") + "format=ndjson",
                                                  token: harness.acme)
                for line in ndjson.text.split(separator: "\n") {
                    let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    #expect(RowSchemaCheck.problems(row, against: schema).isEmpty, "\(suffix) ndjson")
                }
            }
            #expect(validated > 50, "the world answers rows to validate: \(validated)")
        }
    }

    /// Each documented parameter's example is accepted, and a value outside its pattern is a
    /// 400 naming it: the documented patterns are what the server accepts.
    @Test func documentedParameterPatternsMatchWhatTheServerAccepts() async throws {
        try await APIHarness.run { harness, client in
            for (suffix, table) in ExportSchemas.byPath {
                for parameter in table.parameters where parameter.pattern != nil || parameter.values != nil {
                    var items = URLComponents(string: "/x" + (Self.requests[suffix] ?? ""))?.queryItems ?? []
                    items.removeAll { $0.name == parameter.name }
                    let base = items.map { "\($0.name)=\($0.value ?? "")" }
                    let good = try await client.get(
                        "/v1/accounts/ACME\(suffix)?" + (base + ["\(parameter.name)=\(parameter.example)"]).joined(separator: "&"),
                        token: harness.acme)
                    #expect(good.status == .ok || good.status == .notFound, "\(suffix) \(parameter.name)=\(parameter.example): \(good.status)")
                    let bad = try await client.get(
                        "/v1/accounts/ACME\(suffix)?" + (base + ["\(parameter.name)=X%202026%21"]).joined(separator: "&"), token: harness.acme)
                    #expect(bad.status == .badRequest && bad.text.contains(parameter.name), "\(suffix) \(parameter.name)=X 2026!: \(bad.status)")
                    if let pattern = parameter.pattern {
                        #expect(parameter.example.range(of: pattern, options: .regularExpression) != nil)
                        #expect("X 2026!".range(of: pattern, options: .regularExpression) == nil)
                    }
                }
            }
        }
    }
}

/// The part of JSON Schema the generated row schemas use: object, required, properties,
/// additionalProperties false, type (or [type, "null"]), pattern, minimum, maximum, items.
enum RowSchemaCheck {
    static func problems(_ row: [String: Any], against schema: [String: Any]) -> [String] {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        var problems: [String] = []
        for name in schema["required"] as? [String] ?? [] where row[name] == nil { problems.append("\(name) missing") }
        for (name, value) in row {
            guard let property = properties[name] else { problems.append("\(name) not documented"); continue }
            if let problem = problem(value, property) { problems.append("\(name): \(problem)") }
        }
        return problems
    }

    static func problem(_ value: Any, _ schema: [String: Any]) -> String? {
        let types = (schema["type"] as? [String]) ?? [(schema["type"] as? String) ?? "any"]
        if value is NSNull { return types.contains("null") ? nil : "null where not nullable" }
        let actual: String
        switch value {
        case let number as NSNumber where ["c", "B"].contains(String(cString: number.objCType)): actual = "boolean"
        case let number as NSNumber: actual = number.doubleValue == number.doubleValue.rounded() ? "integer" : "number"
        case is String: actual = "string"
        case is [Any]: actual = "array"
        case is [String: Any]: actual = "object"
        default: actual = "unknown"
        }
        let fits = types.contains(actual) || types.contains("any") || (actual == "integer" && types.contains("number"))
        guard fits else { return "\(actual) where \(types) is documented: \(value)" }
        if let text = value as? String, let pattern = schema["pattern"] as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            return "'\(text)' does not match \(pattern)"
        }
        if let number = value as? NSNumber, actual != "boolean" {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { return "\(number) < \(minimum)" }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { return "\(number) > \(maximum)" }
        }
        if let items = value as? [Any], let itemSchema = schema["items"] as? [String: Any] {
            return items.lazy.compactMap { problem($0, itemSchema) }.first
        }
        return nil
    }
}
