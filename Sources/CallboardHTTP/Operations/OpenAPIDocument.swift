import Foundation

/// The API's OpenAPI 3.1 description: `Resources/openapi.json` (paths, parameters, errors,
/// kept by hand and held against the router and the definitions by tests) with every
/// export's row schema generated from its ``ReportDefinition`` when served (``ExportSchemas``).
public enum OpenAPIDocument {
    /// Why the document could not be read: the resource bundle did not ship with the binary.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "openapi.json is missing from the CallboardHTTP resource bundle" }
    }

    public static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else { throw Missing() }
        guard var document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else { throw Missing() }
        ExportSchemas.generate(into: &document)
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
