import Foundation
import PackagePlugin

/// Stamps the git commit a build is made from into the CLI, for `callboard --version`:
/// before each build, `git rev-parse` in the package directory writes `BuildCommit.swift`
/// (`let buildCommit = "f939da6abc12"`, empty outside a git checkout or without git). The file
/// is only replaced when the commit changed, so an unchanged build recompiles nothing.
@main
struct BuildCommitStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit")
        let script = #"""
            mkdir -p "$1" || exit 0
            commit=$(git -C "$2" rev-parse --short=12 HEAD 2>/dev/null | tr -cd '0-9a-f')
            printf '/// The git commit this build was made from; empty when none was found.\nlet buildCommit = "%s"\n' "$commit" > "$1/BuildCommit.swift.new"
            cmp -s "$1/BuildCommit.swift.new" "$1/BuildCommit.swift" && rm -f "$1/BuildCommit.swift.new" || mv -f "$1/BuildCommit.swift.new" "$1/BuildCommit.swift"
            """#
        return [.prebuildCommand(
            displayName: "Stamping the git commit into \(target.name)",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "stamp", output.path, context.package.directoryURL.path],
            outputFilesDirectory: output
        )]
    }
}
