import NIOCore

/// Writes rows in PostgreSQL's COPY text format: tab-separated columns, one row per
/// line, with backslash, tab, newline and carriage return escaped.
enum CopyTextRow {
    /// Appends one row of `columns` to `buffer`, in place (no copy of the buffer).
    static func write(_ columns: [String], into buffer: inout ByteBuffer) {
        for (index, column) in columns.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            writeEscaped(column, into: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private static func writeEscaped(_ text: String, into buffer: inout ByteBuffer) {
        let utf8 = text.utf8
        // Most columns need no escaping: write them in one go.
        guard utf8.contains(where: needsEscape) else {
            buffer.writeString(text)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
