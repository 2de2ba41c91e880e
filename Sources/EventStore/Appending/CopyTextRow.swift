import NIOCore

/// Writes rows in PostgreSQL's COPY text format: tab-separated columns, one row per
/// line, with backslash, tab, newline and carriage return escaped.
struct CopyTextRow {
    private var buffer: ByteBuffer
    private var columnsWritten = 0

    init(into buffer: ByteBuffer) {
        self.buffer = buffer
    }

    mutating func column(_ text: String) {
        if columnsWritten > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        columnsWritten += 1
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// Ends the row and hands back the buffer it was written into.
    consuming func finish() -> ByteBuffer {
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }
}
