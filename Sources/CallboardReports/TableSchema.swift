/// A definition's documented shape without its query: what the OpenAPI document and the
/// tests need of every report and export (the change feed too, which has no query).
public struct TableSchema: Sendable {
    public let name: String
    public let summary: String
    public let columns: [Column]
    public let parameters: [ReportParameter]

    public init<Definition: ReportDefinition>(_ definition: Definition.Type) {
        self.init(name: Definition.name, summary: Definition.summary, columns: Definition.columns, parameters: Definition.parameters)
    }

    public init(name: String, summary: String, columns: [Column], parameters: [ReportParameter]) {
        self.name = name
        self.summary = summary
        self.columns = columns
        self.parameters = parameters
    }

    /// The JSON Schema of one row (OpenAPI 3.1): an object with every column required, each
    /// typed by its column type, nullable columns also null.
    public var rowSchema: [String: Any] {
        var properties: [String: Any] = [:]
        for column in columns {
            var schema = Self.schema(of: column.type)
            if column.nullable, let type = schema["type"] as? String { schema["type"] = [type, "null"] }
            schema["description"] = column.description + (column.unit.map { " Unit: \($0)." } ?? "")
            properties[column.name] = schema
        }
        return ["type": "object", "required": columns.map(\.name), "properties": properties,
                "additionalProperties": false, "description": summary]
    }

    /// The instant pattern: ISO 8601 with seconds and an explicit offset.
    public static let instantPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$"

    static func schema(of type: ColumnType) -> [String: Any] {
        switch type {
        case .text: ["type": "string"]
        case .integer: ["type": "integer"]
        case .decimal: ["type": "number"]
        case .ratio: ["type": "number", "minimum": 0, "maximum": 1]
        case .boolean: ["type": "boolean"]
        case .date: ["type": "string", "format": "date", "pattern": ReportParameter.datePattern]
        case .instant: ["type": "string", "format": "date-time", "pattern": instantPattern]
        case .list: ["type": "array", "items": ["type": "string"]]
        case .json: ["type": "object"]
        }
    }
}

extension ChangeFeedDefinition {
    public static var schema: TableSchema {
        TableSchema(name: name, summary: summary, columns: columns, parameters: parameters)
    }
}
