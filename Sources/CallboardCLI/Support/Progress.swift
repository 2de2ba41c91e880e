import Foundation

/// Progress lines for long jobs, on standard error so that standard output stays the
/// result: shown as they happen on a terminal, and kept as log lines when redirected.
enum Progress {
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
