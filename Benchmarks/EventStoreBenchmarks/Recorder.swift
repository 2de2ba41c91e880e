import Benchmark
import Foundation

/// Events per second, the figure the targets are stated in: a custom metric in
/// package-benchmark's tables, and a line per measured iteration in
/// `CALLBOARD_BENCH_RESULTS` for `Benchmarks/run.sh` to turn into ratios.
enum Recorder {
    static let eventsPerSecond = BenchmarkMetric.custom("Events/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Measures `body`, which handles `events` events, between explicit start and stop marks.
    static func measure(
        _ benchmark: Benchmark, key: String, events: Int, _ body: () async throws -> Void
    ) async throws {
        let clock = ContinuousClock()
        benchmark.startMeasurement()
        let start = clock.now
        try await body()
        let elapsed = clock.now - start
        benchmark.stopMeasurement()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let rate = Double(events) / seconds
        benchmark.measurement(eventsPerSecond, Int(rate.rounded()))
        // Warmup iterations are not measured; keep them out of the ratios as well.
        if benchmark.currentIteration >= benchmark.configuration.warmupIterations {
            append("\(BenchEnvironment.current.settings.rawValue)\t\(key)\t\(String(format: "%.1f", rate))\n")
        }
    }

    /// Times `body`, which handles `events` events, without touching package-benchmark's
    /// measurement marks (for benchmarks that time several things per iteration); records
    /// its events/s under `key` when `recording` (not a warm-up).
    static func time(key: String, events: Int, recording: Bool, _ body: () async throws -> Void) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if recording {
            append("\(BenchEnvironment.current.settings.rawValue)\t\(key)\t\(String(format: "%.1f", Double(events) / seconds))\n")
        }
    }

    /// Records `value` under `key` (a cost figure, not a rate), for a measured iteration.
    static func record(key: String, value: Double) {
        append("\(BenchEnvironment.current.settings.rawValue)\t\(key)\t\(String(format: "%.1f", value))\n")
    }

    private static func append(_ line: String) {
        guard let path = BenchEnvironment.current.resultsFile else { return }
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data(line.utf8))
    }
}
