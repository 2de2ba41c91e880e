import CallboardImport
import Foundation

/// The good sample files under `deploy/samples/`, the seeds the fuzz tests mutate.
public enum SampleTexts {
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("deploy/samples")

    public static func text(_ kind: ImportKind) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(kind.fileName), encoding: .utf8)
    }
}
