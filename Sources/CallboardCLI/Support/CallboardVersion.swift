/// The version `callboard --version` and `callboard version` print, defined once here; raise it
/// with each release (there is no build plugin to stamp the git commit in).
enum CallboardVersion {
    static let number = "0.14.0"
}
