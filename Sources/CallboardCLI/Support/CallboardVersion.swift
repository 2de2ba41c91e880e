/// The version `callboard --version` and `callboard version` print, defined once here; raise it
/// with each release. The git commit comes from the `BuildCommitStamp` build plugin
/// (`buildCommit`, empty when the build saw no git checkout).
enum CallboardVersion {
    static let number = "0.14.0"

    /// `0.14.0 (f939da6abc12)`, or `0.14.0` alone when the commit is not known.
    static var full: String { described(commit: buildCommit) }

    static func described(commit: String) -> String {
        commit.isEmpty ? number : "\(number) (\(commit))"
    }
}
