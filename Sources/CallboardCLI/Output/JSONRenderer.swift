import CallboardReports

/// Writes an output table as a JSON array of objects, one per row and line, keyed by column
/// name in column order, each cell by the rules the API uses too (``CellEncoding``): numbers,
/// booleans, lists and null as themselves, instants ISO 8601 with offset.
enum JSONRenderer {
    static func render(_ table: OutputTable) -> String {
        array(table.rows, columns: table.columns, instants: InstantRenderer(zone: table.zone))
    }

    static func array(_ rows: [[Cell]], columns: [String], instants: InstantRenderer) -> String {
        guard !rows.isEmpty else { return "[]" }
        var instants = instants
        let writer = JSONRowWriter(columns: columns)
        return "[\n" + rows.map { "  " + writer.object($0, &instants) }.joined(separator: ",\n") + "\n]"
    }
}
