import CallboardImport
import Foundation

/// The files under `deploy/samples/`, read from the checkout these tests were built from.
enum SampleFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy/samples")

    static func text(_ kind: ImportKind) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(kind.fileName), encoding: .utf8)
    }

    static func badIntervals() throws -> String {
        try String(contentsOf: directory.appendingPathComponent("bad/intervals.csv"), encoding: .utf8)
    }

    /// A rejected file under `deploy/samples/bad/`, e.g. `shifts.csv`.
    static func bad(_ fileName: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("bad/\(fileName)"), encoding: .utf8)
    }
}
