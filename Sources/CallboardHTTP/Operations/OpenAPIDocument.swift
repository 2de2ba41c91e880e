import Foundation

/// The API's OpenAPI 3.1 description, kept by hand in `Resources/openapi.json` and held
/// against the router by a test (every route documented, every documented path served).
public enum OpenAPIDocument {
    /// Why the document could not be read: the resource bundle did not ship with the binary.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "openapi.json is missing from the CallboardHTTP resource bundle" }
    }

    public static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else { throw Missing() }
        return try Data(contentsOf: url)
    }
}
