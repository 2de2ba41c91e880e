import ArgumentParser
import Testing
@testable import CallboardCLI

/// Every command names itself in its configuration. A command without a `commandName` is named
/// by swift-argument-parser from `String(describing:)` of its type, and each such call is a
/// failed protocol-conformance lookup over the whole binary, paid at every start: the tree of
/// 95 commands is built before any command runs (issue 17: 10-15 ms of `report coverage`).
@Suite struct CommandNamesTests {
    @Test func everyCommandInTheTreeNamesItself() {
        var unnamed: [String] = []
        var names = 0
        func walk(_ command: any ParsableCommand.Type, under path: String) {
            guard let name = command.configuration.commandName else {
                unnamed.append("\(path) > \(String(reflecting: command))")
                return
            }
            names += 1
            for subcommand in command.configuration.subcommands { walk(subcommand, under: "\(path) \(name)") }
        }
        walk(CallboardCommand.self, under: "")
        #expect(unnamed.isEmpty, "commands without a commandName: \(unnamed)")
        #expect(names > 90)
    }
}
