/// Text as a JSON string literal (quotes, backslashes and control characters escaped), for
/// JSON written by hand where an encoder costs too much: event metadata on every append, and
/// export rows streamed one by one. One escaper, so both write the same JSON for any text.
public enum JSONStringLiteral {
    /// Appends `value`, quotes included, to `text`.
    public static func append(_ value: String, to text: inout String) {
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

    /// `value` as a JSON string literal, quotes included.
    public static func quoted(_ value: String) -> String {
        var text = ""
        text.reserveCapacity(value.utf8.count + 2)
        append(value, to: &text)
        return text
    }
}
