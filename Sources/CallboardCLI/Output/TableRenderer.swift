import CallboardReports

/// Renders an output table as aligned columns for an 80-column terminal: a header, a rule,
/// then one line per row, numbers aligned right; detail columns are left out. A table too
/// wide for the terminal first stacks long header names at their underscores
/// (`max_shift_hours` over three lines), then narrows its widest columns except the first
/// (the id), cutting their long cells with an ellipsis.
struct TableRenderer {
    /// The width tables are fitted to: a classic 80-column terminal.
    static let terminalWidth = 80
    static let gap = "  "
    /// Columns are not narrowed below this.
    static let narrowest = 6

    let width: Int

    func render(_ full: OutputTable) -> String {
        let table = full.summary
        var instants = InstantRenderer(zone: table.zone)
        let texts = table.rows.map { row in row.map { CellEncoding.display($0, &instants) } }
        let cellWidths = table.columns.indices.map { column in
            texts.map { $0[column].count }.max() ?? 0
        }
        var headers = table.columns.map { [$0] }
        var widths = zip(table.columns, cellWidths).map { max($0.count, $1) }
        if total(widths) > width {
            headers = zip(table.columns, cellWidths).map { Self.stacked($0, within: $1) }
            widths = zip(headers, cellWidths).map { lines, cells in max(cells, lines.map(\.count).max() ?? 0) }
        }
        narrow(&widths)
        let depth = headers.map(\.count).max() ?? 1
        var lines = (0..<depth).map { level in
            line(headers.map { $0.count > level ? $0[level] : "" }, widths: widths, rightAligned: [])
        }
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap))
        for (row, text) in zip(table.rows, texts) {
            lines.append(line(text, widths: widths, rightAligned: Set(row.indices.filter { row[$0].isNumeric })))
        }
        return lines.joined(separator: "\n")
    }

    /// `max_shift_hours` as lines no wider than `width` (or its longest word), split at `_`.
    static func stacked(_ header: String, within width: Int) -> [String] {
        let words = header.split(separator: "_").map(String.init)
        let limit = max(width, words.map(\.count).max() ?? 0)
        var lines: [String] = []
        for word in words {
            if let last = lines.last, last.count + 1 + word.count <= limit {
                lines[lines.count - 1] = last + "_" + word
            } else {
                lines.append(word)
            }
        }
        return lines
    }

    private func total(_ widths: [Int]) -> Int {
        widths.reduce(Self.gap.count * max(0, widths.count - 1), +)
    }

    /// Narrows the widest column but the first, one character at a time, until the table fits.
    private func narrow(_ widths: inout [Int]) {
        while total(widths) > width, let widest = widths.indices.dropFirst().max(by: { widths[$0] < widths[$1] }),
              widths[widest] > Self.narrowest {
            widths[widest] -= 1
        }
    }

    private func line(_ cells: [String], widths: [Int], rightAligned: Set<Int>) -> String {
        let padded = cells.enumerated().map { index, cell in
            let text = cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
            let padding = String(repeating: " ", count: widths[index] - text.count)
            return rightAligned.contains(index) ? padding + text : text + padding
        }
        let joined = padded.joined(separator: Self.gap)
        return String(joined[..<(joined.lastIndex { $0 != " " }.map { joined.index(after: $0) } ?? joined.startIndex)])
    }
}
