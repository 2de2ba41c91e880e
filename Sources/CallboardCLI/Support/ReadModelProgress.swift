import Foundation
import Projections

/// The progress of catching up or rebuilding read models, on standard error, so that the first
/// report after a large import or a rebuild of a big log is not a silent wait: on a terminal
/// one line rewritten at most five times a second (`catching up queue_intervals: 412000 events
/// applied, log position 812000 of 1662748 (48%)`), ended by a summary; when standard error is
/// not a terminal, the summary line alone, and only when there was something to apply.
final class ReadModelProgress: @unchecked Sendable {
    private let isTerminal: Bool
    private let output: OutputPipe
    /// The log's last position when the run started: what "of" counts to.
    private let head: Int64
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var applied: [String: Int] = [:]
    private var lastShown: ContinuousClock.Instant?
    private var lineShown = false

    init(head: Int64, output: OutputPipe = OutputPipe(descriptor: 2), isTerminal: Bool? = nil) {
        self.head = head
        self.output = output
        self.isTerminal = isTerminal ?? (isatty(output.descriptor) != 0)
    }

    /// What the engine is given as ``ProjectionEngine/progress``.
    var listener: ProjectionProgress.Listener { { [self] progress in record(progress) } }

    func record(_ progress: ProjectionProgress) {
        lock.withLock {
            applied[progress.projection] = progress.applied
            guard isTerminal else { return }
            let now = ContinuousClock.now
            if let lastShown, now - lastShown < .milliseconds(200) { return }
            lastShown = now
            lineShown = true
            write("\r\u{1B}[K" + Self.line(progress, head: head))
        }
    }

    /// Ends the run: clears the progress line and, when anything was applied, prints
    /// `caught up 3 read models: 1662748 events applied in 36.2 s` (with `summary`).
    func finish(summary: Bool = true) {
        lock.withLock {
            let total = applied.values.reduce(0, +)
            var text = lineShown ? "\r\u{1B}[K" : ""
            if summary, total > 0 {
                let seconds = String(format: "%.1f", (ContinuousClock.now - started).seconds)
                let models = applied.count == 1 ? "1 read model" : "\(applied.count) read models"
                text += "caught up \(models): \(total) events applied in \(seconds) s\n"
            }
            if !text.isEmpty { write(text) }
        }
    }

    /// `catching up queue_intervals: 412000 events applied, log position 812000 of 1662748 (48%)`.
    static func line(_ progress: ProjectionProgress, head: Int64) -> String {
        let verb = progress.phase == .rebuild ? "rebuilding" : "catching up"
        let percent = head > 0 ? min(100, Int(progress.position * 100 / head)) : 100
        return "\(verb) \(progress.projection): \(progress.applied) events applied, "
            + "log position \(progress.position) of \(head) (\(percent)%)"
    }

    private func write(_ text: String) {
        try? output.write(text)
    }
}
