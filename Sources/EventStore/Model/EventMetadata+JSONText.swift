extension EventMetadata {
    /// The metadata as a JSON object (keys sorted, absent fields left out), written by hand:
    /// `JSONEncoder` cost more per event than the rest of a 100-event append's client work.
    /// Stored as `jsonb`, so only its value matters; it equals `JSONEncoder`'s.
    var jsonText: String {
        var text = "{"
        for (key, value) in [("actor", actor), ("causation_id", causationID), ("correlation_id", correlationID), ("source", source)] {
            guard let value else { continue }
            if text.utf8.count > 1 { text += "," }
            text += "\"" + key + "\":"
            Self.appendQuoted(value, to: &text)
        }
        return text + "}"
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped.
    private static func appendQuoted(_ value: String, to text: inout String) {
        text += "\""
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
