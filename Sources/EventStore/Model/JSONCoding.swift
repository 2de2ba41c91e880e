import Foundation

/// The one JSON configuration the store uses for payloads and metadata, so that the
/// same value always encodes to the same text.
enum JSONCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static func text<T: Encodable>(_ value: T) -> String {
        // Encoding plain structs of strings cannot fail.
        String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}
