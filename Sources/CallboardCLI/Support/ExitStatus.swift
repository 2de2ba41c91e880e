import ArgumentParser
import CallboardOperations
import EmbeddedPostgres
import EventStore
import PostgresNIO
import Projections

/// Every exit code `callboard` ends with, defined once (the sysexits(3) numbers where one
/// fits): the commands throw these, `main` maps errors to them, and `callboard --help` and
/// README's "Exit codes" table are written from or checked against this list
/// (`ExitStatusTests`), so the code and its documentation cannot drift apart.
enum ExitStatus: Int32, CaseIterable, Sendable {
    case done = 0
    case databaseError = 1
    case notRunning = 3
    case usage = 64
    case refused = 65
    case noInput = 66
    case unavailable = 69
    case outputFailed = 74
    case tryAgain = 75

    /// What the code means, one line: `--help` and README print it.
    var meaning: String {
        switch self {
        case .done: "done; also when the reader of the output went away (`... | head -2`: the command stops at once, quietly)"
        case .databaseError: "the database refused a statement (its message is printed)"
        case .notRunning: "`db status`: the embedded cluster is not running"
        case .usage: "a flag missing, malformed or out of range (with the flag and the range)"
        case .refused: "input refused: import problems, domain refusals, a file not in its encoding, an unknown id (`no account TABULA; did you mean tabula?`)"
        case .noInput: "the import file cannot be read"
        case .unavailable: "the database cannot be reached or started (nothing was done)"
        case .outputFailed: "standard output cannot be written for another reason than a closed pipe"
        case .tryAgain: "a concurrent change or a lost connection during an import (run it again: nothing was half written)"
        }
    }

    /// The code for swift-argument-parser's `throw`.
    var code: ExitCode { ExitCode(rawValue) }

    /// The list `callboard --help` ends with.
    static var helpText: String {
        "Exit codes:\n" + allCases.map { "\($0.rawValue): \($0.meaning)" }.joined(separator: "\n")
    }

    /// The code an error that reached `main` ends the process with, when it is not
    /// swift-argument-parser's own (usage errors, `ExitCode`s, help): nil for those.
    static func of(_ error: any Error) -> ExitStatus? {
        switch error {
        case is UnknownID, is ProjectionError: .refused
        case is PostgresClient.UnreachableError, is DatabaseInterruption, is LocalCluster.StartError,
             is PostgresBinaries.NotFound: .unavailable
        case is PSQLError: .databaseError
        default: nil
        }
    }
}
