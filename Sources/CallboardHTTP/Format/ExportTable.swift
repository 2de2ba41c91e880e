/// What an export answers, format-free: named columns and their rows, plus a few facts
/// about the whole (`meta`) that JSON puts beside the rows. Rows are either at hand or
/// produced while the body is written, so a year of intervals never sits in memory.
struct ExportTable: Sendable {
    /// Produces rows one by one, handing each to `emit`.
    typealias RowProducer = @Sendable (_ emit: (_ row: [ExportValue]) async throws -> Void) async throws -> Void

    enum Rows: Sendable {
        case buffered([[ExportValue]])
        case streamed(RowProducer)
    }

    let columns: [String]
    var meta: [(String, ExportValue)] = []
    let rows: Rows

    init(columns: [String], meta: [(String, ExportValue)] = [], rows: [[ExportValue]]) {
        self.columns = columns
        self.meta = meta
        self.rows = .buffered(rows)
    }

    init(columns: [String], meta: [(String, ExportValue)] = [], streaming producer: @escaping RowProducer) {
        self.columns = columns
        self.meta = meta
        self.rows = .streamed(producer)
    }
}
