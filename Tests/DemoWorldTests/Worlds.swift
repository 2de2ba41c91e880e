import DemoWorld
import Foundation
import Testing

/// The suites that read the generated worlds, one test at a time. The first test to touch a
/// world generates it (tens of seconds of CPU in a debug build) in a `static let`'s one-time
/// initialiser, and any other thread touching it meanwhile blocks there: two such tests at
/// once hold both threads of Swift's cooperative pool on a 2-core machine, and every other
/// test of the run stands still until the world is made. One at a time, at most one of the
/// pool's threads is taken by them.
@Suite(.serialized) enum WorldSuites {}

/// The worlds the tests look at, generated once per test run: the full world is the
/// expensive one, so every test that needs it shares this instance and its parsed
/// interval rows.
enum Worlds {
    /// The demo's "today": 2026-11-23 00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_392_000)
    static let seed: UInt64 = 2026

    static let small = DemoWorld.generate(seed: seed, now: now, scale: .small)
    static let full = DemoWorld.generate(seed: seed, now: now, scale: .full)

    /// The full world's interval rows by file name, parsed on all cores.
    static let fullIntervals: [String: [IntervalRow]] = {
        let files = full.files(of: .intervals)
        let parsed = ParsedFiles(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            parsed.store(IntervalRow.all(in: files[index]), at: index)
        }
        return Dictionary(uniqueKeysWithValues: zip(files.map(\.fileName), parsed.rows))
    }()

    /// The full world's rows of one interval file, parsed once.
    static func fullIntervalRows(_ fileName: String) -> [IntervalRow] {
        fullIntervals[fileName] ?? []
    }
}

/// Interval rows parsed on several threads, stored under a lock.
private final class ParsedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[IntervalRow]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func store(_ rows: [IntervalRow], at index: Int) {
        lock.withLock { slots[index] = rows }
    }

    var rows: [[IntervalRow]] { lock.withLock { slots } }
}
