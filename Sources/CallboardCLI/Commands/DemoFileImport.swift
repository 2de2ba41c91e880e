import CallboardImport
import CallboardOperations
import DemoWorld

/// Imports one region's demo files in their order, two at a time where that is safe: the
/// interval files (one per queue) and the agent-interval files (one per site) touch
/// disjoint streams and depend only on files of earlier kinds, so while PostgreSQL writes
/// one file's events the next file is parsed and decided on another connection. Each file
/// stays one all-or-nothing import of its own.
enum DemoFileImport {
    /// Kinds whose consecutive files may be imported side by side.
    static let sideBySide: Set<DemoFileKind> = [.intervals, .agentIntervals]
    /// Files in flight at once within such a run.
    static let width = 2

    /// Imports `files`; `imported` gets each file's index and report as it finishes.
    static func importAll(
        _ files: [DemoFile], with importer: Importer, imported: (Int, ImportReport) -> Void
    ) async throws {
        var start = 0
        while start < files.count {
            let kind = files[start].kind
            var end = start + 1
            if sideBySide.contains(kind) {
                while end < files.count, files[end].kind == kind { end += 1 }
            }
            try await importRun(files, start..<end, with: importer, imported: imported)
            start = end
        }
    }

    private static func importRun(
        _ files: [DemoFile], _ run: Range<Int>, with importer: Importer, imported: (Int, ImportReport) -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, ImportReport?).self) { group in
            var waiting = run.makeIterator()
            func start(_ index: Int) {
                let file = files[index]
                group.addTask {
                    guard let kind = ImportKind(rawValue: file.kind.rawValue) else { return (index, nil) }
                    return (index, try await importer.importFile(kind, text: file.csvText, file: file.fileName))
                }
            }
            for _ in 0..<width { if let index = waiting.next() { start(index) } }
            while let (index, report) = try await group.next() {
                if let report { imported(index, report) }
                if let next = waiting.next() { start(next) }
            }
        }
    }
}
