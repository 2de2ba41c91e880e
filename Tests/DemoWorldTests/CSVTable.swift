import DemoWorld

/// A demo file read back for checking: its header and rows as text fields (RFC 4180
/// quoting understood), with typed access by column name.
struct CSVTable {
    let header: [String]
    let rows: [[String]]

    init(_ text: String) {
        if !text.contains("\"") {
            let lines = text.split(separator: "\n")
            header = lines.first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
            rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            return
        }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else {
                            quoted = false
                            Self.consume(next, &field, &record, &records)
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else {
                Self.consume(scalar, &field, &record, &records)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    init(_ file: DemoFile) { self.init(file.csvText) }

    private static func consume(_ scalar: Unicode.Scalar, _ field: inout String, _ record: inout [String],
                                _ records: inout [[String]]) {
        switch scalar {
        case ",":
            record.append(field)
            field = ""
        case "\n":
            record.append(field)
            records.append(record)
            record = []
            field = ""
        default:
            field.unicodeScalars.append(scalar)
        }
    }

    /// The values of one column, in row order.
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }

    /// Rows as dictionaries keyed by column name.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
