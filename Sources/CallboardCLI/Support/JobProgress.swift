import Foundation
import Logging

/// How a long job tells its progress: one rewritten status line on a terminal, and log
/// lines (swift-log, info level, with metadata) when standard error is a file or a journal,
/// as under systemd or Kubernetes, where a rewritten line would be noise.
struct JobProgress: Sendable {
    let isTerminal: Bool
    let logger: Logger

    init(label: String) {
        isTerminal = isatty(STDERR_FILENO) != 0
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .info
        self.logger = logger
    }

    /// Step `index` of `total` is done; `what` says what happened.
    func step(_ index: Int, of total: Int, _ subject: String, _ what: String) {
        if isTerminal {
            let line = "[\(index)/\(total)] \(subject): \(what)"
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)\(index == total ? "\n" : "")".utf8))
        } else {
            logger.info("\(subject): \(what)", metadata: ["step": "\(index)", "of": "\(total)"])
        }
    }
}
