import Foundation

/// Builds independent import files on all cores. Each file draws from its own random
/// stream, so the result is the same whichever thread builds which file, and the files
/// come back in the order the builds were listed.
enum FileBatch {
    typealias Build = @Sendable () -> DemoFile

    static func make(_ builds: [Build]) -> [DemoFile] {
        let results = Results(count: builds.count)
        let region = DemoRegion.current
        DispatchQueue.concurrentPerform(iterations: builds.count) { index in
            results.store(region.generating { builds[index]() }, at: index)
        }
        return results.files
    }

    /// The finished files, written from several threads under a lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [DemoFile?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func store(_ file: DemoFile, at index: Int) {
            lock.withLock { slots[index] = file }
        }

        var files: [DemoFile] {
            lock.withLock { slots.compactMap { $0 } }
        }
    }
}
