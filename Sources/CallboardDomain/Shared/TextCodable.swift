/// A value stored in event payloads as its canonical text (`2026-11-27`, `21:30`,
/// `2026-11`): it encodes as `description` and decodes through `init?(parsing:)`, so
/// payloads stay readable and the text form has one parser.
public protocol TextCodable: Codable, CustomStringConvertible {
    init?(parsing text: String)
    /// The expected form, for the decoding error, e.g. `a yyyy-MM-dd date`.
    static var textFormat: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not \(Self.textFormat): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
