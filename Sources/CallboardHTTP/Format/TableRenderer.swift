import Hummingbird

/// Writes an ``ExportTable`` in one format: JSON `{"account": ..., meta..., "data": [rows],
/// "next_cursor": ...}`, NDJSON one object per row, CSV a header line and RFC 4180 rows.
/// Rows at hand are written into one buffer, so the response (and the HEAD answer) states
/// its Content-Length; streamed rows go out in chunks of about 64 KiB, so the memory a
/// response holds does not grow with its length.
struct TableRenderer: Sendable {
    let format: ExportFormat
    let columns: [String]
    let meta: [(String, ExportValue)]
    let nextCursor: String?
    /// The column names as JSON strings, quoted once.
    private let keys: [String]

    init(format: ExportFormat, columns: [String], meta: [(String, ExportValue)], nextCursor: String?) {
        self.format = format
        self.columns = columns
        self.meta = meta
        self.nextCursor = nextCursor
        keys = columns.map(JSONText.quoted)
    }

    static let chunkSize = 1 << 16

    func body(_ rows: ExportTable.Rows) -> ResponseBody {
        guard case let .streamed(produce) = rows else {
            guard case let .buffered(rows) = rows else { return ResponseBody() }
            var buffer = ByteBuffer()
            buffer.writeString(opening)
            for (index, row) in rows.enumerated() { buffer.writeString(render(row, first: index == 0)) }
            buffer.writeString(closing)
            return ResponseBody(byteBuffer: buffer)
        }
        return ResponseBody { writer in
            var buffer = ByteBuffer()
            buffer.writeString(opening)
            var index = 0
            func emit(_ row: [ExportValue]) async throws {
                buffer.writeString(render(row, first: index == 0))
                index += 1
                if buffer.readableBytes >= Self.chunkSize {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            try await produce(emit)
            buffer.writeString(closing)
            try await writer.write(buffer)
            try await writer.finish(nil)
        }
    }

    private var opening: String {
        switch format {
        case .json:
            "{" + meta.map { "\(JSONText.quoted($0.0)):\($0.1.json)," }.joined() + "\"data\":["
        case .ndjson: ""
        case .csv: columns.map { CSVField.encode(.text($0)) }.joined(separator: ",") + "\r\n"
        }
    }

    private var closing: String {
        switch format {
        case .json: "],\"next_cursor\":\(ExportValue.optional(nextCursor).json)}\n"
        case .ndjson, .csv: ""
        }
    }

    private func render(_ row: [ExportValue], first: Bool) -> String {
        switch format {
        case .json: (first ? "" : ",") + object(row)
        case .ndjson: object(row) + "\n"
        case .csv: row.map(CSVField.encode).joined(separator: ",") + "\r\n"
        }
    }

    private func object(_ row: [ExportValue]) -> String {
        var out = "{"
        for (index, value) in row.enumerated() {
            if index > 0 { out += "," }
            out += keys[index] + ":" + value.json
        }
        return out + "}"
    }
}
