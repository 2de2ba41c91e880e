import CallboardDomain

/// An import file read into domain commands, row by row, with every problem found before
/// anything is decided: quoting, the header, field counts, values, repeated ids.
///
/// Parsing is pure and needs no stored state; the application layer then decides each row's
/// commands against the event store and adds the domain's refusals to `problems`.
public struct ParsedImport<Format: ImportFormat>: Sendable {
    /// The commands of one well-formed row, in order.
    public struct Row: Sendable {
        public let line: Int
        public let commands: [Format.Rules.Command]
    }

    /// The name problems are reported under, e.g. `intervals.csv`.
    public let file: String
    /// The rows that parsed, in file order.
    public private(set) var rows: [Row] = []
    /// Data rows in the file, well-formed or not (the header is not counted).
    public private(set) var rowCount = 0
    public private(set) var problems: [ImportProblem] = []

    public init(text: String, file: String) {
        self.file = file
        let document = CSVDocument(parsing: text)
        guard let header = document.records.first else {
            let syntax = document.problems.map { ImportProblem(file: file, line: $0.line, column: nil, reason: $0.reason) }
            problems = syntax.isEmpty ? [problem(1, nil, "the file is empty; the header must be \(Format.columns.synopsis)")] : syntax
            return
        }
        let headerText = textProblems(header, CSVRecord(line: header.line, fields: []))
        guard headerText.isEmpty else {
            problems = headerText
            return
        }
        switch Format.columns.index(header: header) {
        case let .failure(headerProblems):
            problems = headerProblems.problems.map { ImportProblem(file: file, line: header.line, $0) }
        case let .success(columns):
            readRows(document, header: header, columns: columns)
        }
    }

    private mutating func readRows(_ document: CSVDocument, header: CSVRecord, columns: ColumnIndex) {
        let syntaxByLine = Dictionary(grouping: document.problems, by: \.line)
        var firstLineOfID: [String: Int] = [:]
        var firstLineOfKey: [RowKey: Int] = [:]
        for problem in syntaxByLine[header.line] ?? [] { problems.append(syntaxProblem(problem, header)) }
        for record in document.records.dropFirst() {
            rowCount += 1
            if let syntax = syntaxByLine[record.line] {
                problems += syntax.map { syntaxProblem($0, header) }
                continue
            }
            guard record.fields.count == columns.width else {
                problems.append(problem(record.line, nil,
                                        "the row has \(record.fields.count) fields, but the header has \(columns.width)"))
                continue
            }
            let unreadable = textProblems(record, header)
            guard unreadable.isEmpty else {
                problems += unreadable
                continue
            }
            var reader = RowReader(CSVRow(record, columns: columns))
            let commands = Format.commands(reading: &reader)
            if let commands, !reader.hasProblems, let key = Format.rowKey(of: commands) {
                if let first = firstLineOfKey[key] {
                    reader.report(key.column, "\(key.text) is already reported on line \(first); a file reports each once")
                } else {
                    firstLineOfKey[key] = record.line
                }
            }
            if let column = Format.uniqueColumn, !reader.text(column).isEmpty {
                let id = reader.text(column)
                if let first = firstLineOfID[id] {
                    reader.report(column, "'\(id)' is already used on line \(first)")
                } else {
                    firstLineOfID[id] = record.line
                }
            }
            problems += reader.problems.map { ImportProblem(file: file, line: record.line, $0) }
            if let commands, !reader.hasProblems { rows.append(Row(line: record.line, commands: commands)) }
        }
        // An unclosed quote swallows the rest of the file: no record holds it.
        let recordLines = Set(document.records.map(\.line))
        problems += document.problems.filter { !recordLines.contains($0.line) }.map { syntaxProblem($0, header) }
    }

    /// Fields that are not plain text (a NUL byte, other control characters, too long), each
    /// named by its column: such a row is not read further.
    private func textProblems(_ record: CSVRecord, _ header: CSVRecord) -> [ImportProblem] {
        record.fields.enumerated().compactMap { position, field in
            PlainText.problem(field).map { reason in
                problem(record.line, position < header.fields.count ? header.fields[position] : nil, reason)
            }
        }
    }

    private func syntaxProblem(_ problem: CSVSyntaxProblem, _ header: CSVRecord) -> ImportProblem {
        let column = problem.fieldIndex < header.fields.count ? header.fields[problem.fieldIndex] : nil
        return self.problem(problem.line, column, problem.reason)
    }

    private func problem(_ line: Int, _ column: String?, _ reason: String) -> ImportProblem {
        ImportProblem(file: file, line: line, column: column, reason: reason)
    }
}
