import CallboardDomain
import CallboardImport

/// Reads test CSV texts the way an import does, and shows its problems as the operator sees them.
enum Parse {
    static func file<Format: ImportFormat>(_ format: Format.Type, _ text: String) -> ParsedImport<Format> {
        ParsedImport<Format>(text: text, file: Format.kind.fileName)
    }

    /// The problems found while reading, as `file:line: column: reason` lines.
    static func problems<Format: ImportFormat>(_ format: Format.Type, _ text: String) -> [String] {
        file(format, text).problems.map(\.description)
    }

    /// The commands of the only row, when it parses.
    static func commands<Format: ImportFormat>(_ format: Format.Type, _ text: String) -> [Format.Rules.Command]? {
        let parsed = file(format, text)
        guard parsed.problems.isEmpty, parsed.rows.count == 1 else { return nil }
        return parsed.rows[0].commands
    }

    /// Every row's commands decided on empty streams with `context`, and the refusals as the
    /// import reports them.
    static func refusals<Format: ImportFormat>(
        _ format: Format.Type, _ text: String, context: Format.Rules.Context
    ) -> [String] {
        let parsed = file(format, text)
        var lines = parsed.problems.map(\.description)
        for row in parsed.rows {
            var state: Format.Rules.State?
            for command in row.commands {
                do {
                    for event in try Format.Rules.decide(command, state: state, context: context) {
                        state = Format.Rules.evolve(state, event)
                    }
                } catch {
                    lines += Format.problems(explaining: error).map {
                        ImportProblem(file: parsed.file, line: row.line, $0).description
                    }
                    break
                }
            }
        }
        return lines
    }
}
