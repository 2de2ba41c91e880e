import ArgumentParser
import DemoWorld
import Foundation
import Testing
@testable import CallboardCLI

/// README's examples stay runnable on the demo world (issue 14, item 5: the README said
/// `TABULA` and `MNL-1001` where the demo has `tabula` and `MNL-0001`): every line of the
/// block marked `<!-- demo-examples -->` parses with the CLI's own parser, and every site,
/// account, queue and agent id a README command names, in that block or any other fenced
/// one, exists in the small demo world.
@Suite struct ReadmeExampleTests {
    @Test func theMarkedExamplesParseAndNameDemoIDs() throws {
        let examples = try Readme.markedExamples()
        #expect(examples.count >= 15)
        let catalog = DemoCatalog.small
        for example in examples {
            var words = try Readme.words(of: example)
            #expect(words.first == "callboard", "\(example)")
            words.removeFirst()
            do {
                _ = try CallboardCommand.parseAsRoot(words)
            } catch {
                Issue.record("README example does not parse: \(example): \(CallboardCommand.message(for: error))")
            }
            for (kind, id) in Readme.ids(in: words) {
                #expect(catalog.knows(kind, id), "README example names \(kind) \(id), not in the small demo: \(example)")
            }
        }
    }

    @Test func everyCommandInTheReadmeNamesDemoIDs() throws {
        let commands = try Readme.fencedCommands()
        #expect(commands.count >= 40)
        let catalog = DemoCatalog.small
        var checked = 0
        for command in commands {
            for (kind, id) in Readme.ids(in: try Readme.words(of: command)) {
                checked += 1
                #expect(catalog.knows(kind, id), "README names \(kind) \(id), not in the small demo: \(command)")
            }
        }
        #expect(checked >= 30)
    }

    /// The check itself: the ids the README used before are caught.
    @Test func theOldReadmeIDsWouldHaveBeenCaught() throws {
        let catalog = DemoCatalog.small
        let old = Readme.ids(in: try Readme.words(of: "callboard queue list --account TABULA --agent MNL-1001"))
        #expect(old.map(\.id) == ["TABULA", "MNL-1001"])
        #expect(old.allSatisfy { !catalog.knows($0.kind, $0.id) })
        #expect(catalog.knows(.account, "tabula") && catalog.knows(.agent, "MNL-0001") && catalog.knows(.site, "MNL"))
    }
}

/// README.md's command lines.
enum Readme {
    static var text: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        }
    }

    /// The lines of the fenced block after `<!-- demo-examples -->`, comments and pipes cut off.
    static func markedExamples() throws -> [String] {
        let lines = try text.components(separatedBy: "\n")
        guard let marker = lines.firstIndex(where: { $0.contains("<!-- demo-examples -->") }),
              let open = lines[marker...].firstIndex(where: { $0.hasPrefix("```") }),
              let close = lines[(open + 1)...].firstIndex(where: { $0.hasPrefix("```") })
        else { throw ReadmeProblem.noMarkedBlock }
        return lines[(open + 1)..<close].map(command).filter { !$0.isEmpty }
    }

    /// Every `callboard ...` line of every fenced block (synopses included), from `callboard`
    /// on, comments cut off.
    static func fencedCommands() throws -> [String] {
        var inside = false
        var commands: [String] = []
        for line in try text.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inside.toggle(); continue }
            guard inside, let start = line.range(of: "callboard ") else { continue }
            let from = line[start.lowerBound...]
            commands.append(String(from.split(separator: "#", maxSplits: 1).first ?? from))
        }
        return commands
    }

    /// A line without its `# comment` and anything after a pipe or `&&`.
    static func command(_ line: String) -> String {
        var text = line
        for cut in [" #", " |", " &&"] {
            if let range = text.range(of: cut) { text = String(text[..<range.lowerBound]) }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Shell words: split on blanks, double and single quotes kept together, `\` line ends dropped.
    static func words(of line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var started = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                started = true
            } else if character == " " || character == "\\" {
                if started || !current.isEmpty { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
            }
        }
        if quote != nil { throw ReadmeProblem.unclosedQuote(line) }
        if started || !current.isEmpty { words.append(current) }
        return words
    }

    /// The concrete ids a command's flags name (`--site MNL`, `--accounts tabula,pawsome`,
    /// `events stream site-MNL`); placeholders (`A`, `Q`, `ZONE`) and alternatives are skipped.
    static func ids(in words: [String]) -> [(kind: DemoCatalog.Kind, id: String)] {
        let flags: [String: DemoCatalog.Kind] = [
            "--site": .site, "--account": .account, "--accounts": .account, "--agent": .agent,
            "--queue": .queue, "--intervals": .queue,
        ]
        var found: [(DemoCatalog.Kind, String)] = []
        let brackets = CharacterSet(charactersIn: "[]")
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let value = words[index + 1].trimmingCharacters(in: brackets)
            if let kind = flags[word.trimmingCharacters(in: brackets)] {
                for id in value.split(separator: ",").map(String.init) where !isPlaceholder(id) { found.append((kind, id)) }
            } else if word == "stream", value.hasPrefix("site-") {
                found.append((.site, String(value.dropFirst(5))))
            }
        }
        return found
    }

    /// `A`, `Q`, `P`, `ZONE`, `INSTANT`, `[...]`: a synopsis's stand-ins, not ids.
    static func isPlaceholder(_ word: String) -> Bool {
        word.count == 1 || ["ZONE", "INSTANT", "ID", "TEXT"].contains(word)
            || word.contains(where: { "[]|.<>".contains($0) })
    }

    enum ReadmeProblem: Error { case noMarkedBlock, unclosedQuote(String) }
}

/// The ids of the small demo world, read from its generated import files.
struct DemoCatalog: Sendable {
    enum Kind: String, Sendable { case site, account, queue, agent }

    let ids: [Kind: Set<String>]

    func knows(_ kind: Kind, _ id: String) -> Bool { ids[kind]?.contains(id) ?? false }

    static let small: DemoCatalog = {
        let world = DemoWorld.generate(seed: 2026, now: Date(timeIntervalSince1970: 1_796_601_600), scale: .small)
        func firstColumn(_ kind: DemoFileKind) -> Set<String> {
            Set(world.files(of: kind).flatMap { file in
                file.csvText.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
            })
        }
        return DemoCatalog(ids: [.site: firstColumn(.sites), .account: firstColumn(.accounts),
                                 .queue: firstColumn(.queues), .agent: firstColumn(.agents)])
    }()
}
