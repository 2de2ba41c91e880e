/// One data record of an import file, read by column name once the header is checked.
public struct CSVRow: Sendable {
    public let line: Int
    private let fields: [String]
    private let columns: ColumnIndex

    public init(_ record: CSVRecord, columns: ColumnIndex) {
        line = record.line
        fields = record.fields
        self.columns = columns
    }

    /// The raw text of `column`; empty when the column is optional and absent from the file.
    public subscript(column: String) -> String {
        guard let position = columns.position(of: column), position < fields.count else { return "" }
        return fields[position]
    }
}
