import ArgumentParser
import Foundation
import StaffingMath

/// `callboard staffing`: the staffing maths, for a scheduler at a terminal.
///
/// A thin edge over `StaffingMath`: it reads options, calls the library and prints a
/// table or JSON. All the maths, and all the range checks, live in the library.
struct StaffingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Staffing maths for schedulers",
        subcommands: [Erlang.self]
    )
}
