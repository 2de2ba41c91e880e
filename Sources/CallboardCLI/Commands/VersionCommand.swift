import ArgumentParser

/// `callboard version`: the same as `callboard --version`, for those who type it as a command.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print Callboard's version (also `callboard --version`).")

    func run() {
        print(CallboardVersion.full)
    }
}
