import CallboardReports
import Foundation

/// Which definition each export's rows follow, by path below `/v1/accounts/{account}`: what
/// the OpenAPI document's row schemas are generated from (``OpenAPIDocument``).
enum ExportSchemas {
    static let byPath: [String: TableSchema] = [
        "": TableSchema(AccountProfileDefinition.self),
        "/intervals": TableSchema(IntervalsDefinition.self),
        "/sla/daily": TableSchema(ServiceLevelDefinition.self),
        "/sla/monthly": TableSchema(name: ServiceLevelDefinition.name, summary: ServiceLevelDefinition.summary,
                                    columns: ServiceLevelDefinition.columns, parameters: [
            ReportParameter("from", required: true, pattern: ReportParameter.monthPattern, example: "2026-10",
                            "The first month, YYYY-MM, from 1900-01 to 9998-12."),
            ReportParameter("to", pattern: ReportParameter.monthPattern, example: "2026-11",
                            "The last month (default from), at most 24 months from from."),
        ]),
        "/coverage": TableSchema(CoverageDefinition.self),
        "/certified-headcount": TableSchema(ReadinessDefinition.self),
        "/peak-forecast": TableSchema(PeakForecastDefinition.self),
        "/peak-plan": TableSchema(PeakPlanDefinition.self),
        "/changes": ChangeFeedDefinition.schema,
    ]

    /// `document` with every export's row schema generated into `components.schemas`
    /// (`<Name>Row`), each export's JSON answer's `data` items and NDJSON lines pointing at it,
    /// and the change feed's payload schema per event type (`ChangeEventPayload`).
    static func generate(into document: inout [String: Any]) {
        var components = document["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        var paths = document["paths"] as? [String: Any] ?? [:]
        for (suffix, table) in byPath {
            let row = table.name + "Row"
            schemas[row] = table.rowSchema
            let path = "/v1/accounts/{account}" + suffix
            guard var item = paths[path] as? [String: Any], var get = item["get"] as? [String: Any],
                  var responses = get["responses"] as? [String: Any], var ok = responses["200"] as? [String: Any],
                  var content = ok["content"] as? [String: Any] else { continue }
            if var parameters = get["parameters"] as? [[String: Any]] {
                for (index, parameter) in parameters.enumerated() {
                    guard let name = parameter["name"] as? String, let defined = table.parameters.first(where: { $0.name == name })
                    else { continue }
                    var updated = parameter
                    updated["description"] = defined.description
                    updated["required"] = defined.required
                    if let pattern = defined.pattern {
                        updated["schema"] = ["type": "string", "pattern": pattern, "examples": [defined.example]]
                    } else if let values = defined.values {
                        updated["schema"] = ["type": "string", "enum": values, "examples": [defined.example]]
                    }
                    parameters[index] = updated
                }
                get["parameters"] = parameters
            }
            let listed = "Columns: " + table.columns.map(\.name).joined(separator: ", ") + "."
            if let description = get["description"] as? String, let range = description.range(of: "Columns: ") {
                let rest = description[range.upperBound...]
                let end = rest.firstIndex(of: ".").map { rest.index(after: $0) } ?? rest.endIndex
                get["description"] = String(description[..<range.lowerBound]) + listed + String(rest[end...])
            }
            if var csv = content["text/csv"] as? [String: Any], var schema = csv["schema"] as? [String: Any] {
                schema["description"] = "RFC 4180 with LF line endings and a final line break: a header line, then one line per row; text that a spreadsheet would run as a formula is prefixed with '. " + listed
                csv["schema"] = schema
                content["text/csv"] = csv
            }
            content["application/json"] = ["schema": ["allOf": [
                ["$ref": "#/components/schemas/ExportDocument"],
                ["type": "object", "properties": ["data": ["type": "array", "items": ["$ref": "#/components/schemas/\(row)"]]]],
            ]]]
            content["application/x-ndjson"] = [
                "schema": ["type": "string", "description": "One JSON object per row and line (schema: \(row))."],
                "x-item-schema": ["$ref": "#/components/schemas/\(row)"],
            ]
            ok["content"] = content
            responses["200"] = ok
            get["responses"] = responses
            item["get"] = get
            paths[path] = item
        }
        schemas["ChangeEventPayload"] = [
            "description": "The public payload of each change feed event type (the row's `type`); snake_case fields only.",
            "oneOf": PublicEvent.schemas.map { event in
                ["title": event.type, "description": event.summary, "type": "object",
                 "properties": Dictionary(uniqueKeysWithValues: event.fields.map { ($0, [String: Any]()) })] as [String: Any]
            },
        ]
        components["schemas"] = schemas
        document["components"] = components
        document["paths"] = paths
    }
}
