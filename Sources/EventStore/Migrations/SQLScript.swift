/// Splits an SQL script into its statements, so that a migration can be run one
/// statement at a time over the extended query protocol (which takes one at a time).
///
/// Semicolons inside quoted strings, quoted identifiers, dollar-quoted bodies
/// (`$$ ... $$`, `$tag$ ... $tag$`) and comments do not end a statement.
enum SQLScript {
    static func statements(in script: String) -> [String] {
        let characters = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0

        func copy(through end: Int) {
            current.append(contentsOf: characters[index..<min(end, characters.count)])
            index = min(end, characters.count)
        }

        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "'", "\"":
                copy(through: closing(character, from: index + 1, in: characters) + 1)
            case "-" where next == "-":
                let end = characters[index...].firstIndex(of: "\n") ?? characters.count
                index = end  // comments are dropped
            case "/" where next == "*":
                index = blockCommentEnd(from: index + 2, in: characters)
            case "$":
                if let tag = dollarTag(at: index, in: characters) {
                    let body = index + tag.count
                    let end = find(tag, from: body, in: characters).map { $0 + tag.count } ?? characters.count
                    copy(through: end)
                } else {
                    copy(through: index + 1)
                }
            case ";":
                append(&current, to: &statements)
                index += 1
            default:
                copy(through: index + 1)
            }
        }
        append(&current, to: &statements)
        return statements
    }

    private static func append(_ current: inout String.UnicodeScalarView, to statements: inout [String]) {
        let statement = String(current).trimmingWhitespace()
        if !statement.isEmpty { statements.append(statement) }
        current = String.UnicodeScalarView()
    }

    /// The index of the quote closing one opened before `start` (a doubled quote escapes).
    private static func closing(_ quote: Unicode.Scalar, from start: Int, in characters: [Unicode.Scalar]) -> Int {
        var index = start
        while index < characters.count {
            if characters[index] == quote {
                if index + 1 < characters.count, characters[index + 1] == quote {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return characters.count
    }

    private static func blockCommentEnd(from start: Int, in characters: [Unicode.Scalar]) -> Int {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "*", characters[index + 1] == "/" { return index + 2 }
            index += 1
        }
        return characters.count
    }

    /// `$$` or `$tag$` starting at `index`, if one does.
    private static func dollarTag(at index: Int, in characters: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var end = index + 1
        while end < characters.count, characters[end] == "_" || characters[end].properties.isAlphabetic
            || (end > index + 1 && characters[end].properties.numericType != nil) {
            end += 1
        }
        guard end < characters.count, characters[end] == "$" else { return nil }
        return Array(characters[index...end])
    }

    private static func find(_ tag: [Unicode.Scalar], from start: Int, in characters: [Unicode.Scalar]) -> Int? {
        guard tag.count <= characters.count else { return nil }
        var index = start
        while index + tag.count <= characters.count {
            if characters[index] == tag[0], Array(characters[index..<index + tag.count]) == tag { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
