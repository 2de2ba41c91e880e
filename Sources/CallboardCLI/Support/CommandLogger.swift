import Foundation
import Logging

/// The logger commands use: warnings and errors on standard error, more with
/// `CALLBOARD_LOG_LEVEL=debug`.
enum CommandLogger {
    static func make(label: String = "callboard") -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        let level = ProcessInfo.processInfo.environment["CALLBOARD_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .warning
        return logger
    }
}
