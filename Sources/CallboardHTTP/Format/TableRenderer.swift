import CallboardReports
import Hummingbird

/// Writes a ``ReportTable`` in one format: JSON `{meta..., "data": [rows], "next_cursor": ...}`,
/// NDJSON one object per row, CSV a header line and one record per row (``CSVFormat``, the
/// writer the CLI uses too). Every cell by ``CellEncoding``: instants on the table's clock.
/// Rows at hand are written into one buffer, so the response (and the HEAD answer) states
/// its Content-Length; streamed rows go out in chunks of about 64 KiB, so the memory a
/// response holds does not grow with its length.
struct TableRenderer: Sendable {
    let format: ExportFormat
    let table: ReportTable
    let nextCursor: String?
    private let writer: JSONRowWriter

    init(format: ExportFormat, table: ReportTable, nextCursor: String?) {
        self.format = format
        self.table = table
        self.nextCursor = nextCursor
        writer = JSONRowWriter(columns: table.columnNames)
    }

    static let chunkSize = 1 << 16

    func body() -> ResponseBody {
        guard case let .streamed(produce) = table.rows else {
            var instants = table.instants
            var buffer = ByteBuffer()
            buffer.writeString(opening(&instants))
            for (index, row) in table.bufferedRows.enumerated() { buffer.writeString(render(row, first: index == 0, &instants)) }
            buffer.writeString(closing)
            return ResponseBody(byteBuffer: buffer)
        }
        return ResponseBody { [self] writer in
            var instants = table.instants
            var buffer = ByteBuffer()
            buffer.writeString(opening(&instants))
            var index = 0
            func emit(_ row: [Cell]) async throws {
                buffer.writeString(render(row, first: index == 0, &instants))
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

    private func opening(_ instants: inout InstantRenderer) -> String {
        switch format {
        case .json:
            let members = JSONRowWriter.members(table.meta, &instants)
            return "{" + (members.isEmpty ? "" : members + ",") + "\"data\":["
        case .ndjson: return ""
        case .csv: return CSVFormat.header(table.columnNames)
        }
    }

    private var closing: String {
        switch format {
        case .json: "],\"next_cursor\":\(nextCursor.map(JSONText.quoted) ?? "null")}\n"
        case .ndjson, .csv: ""
        }
    }

    private func render(_ row: [Cell], first: Bool, _ instants: inout InstantRenderer) -> String {
        switch format {
        case .json: (first ? "" : ",") + writer.object(row, &instants)
        case .ndjson: writer.object(row, &instants) + "\n"
        case .csv: CSVFormat.record(row, &instants)
        }
    }
}
