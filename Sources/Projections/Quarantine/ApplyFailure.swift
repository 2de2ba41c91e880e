import PostgresNIO
import EventStore

/// Tells a poison event (quarantine it, carry on) from a failure that is not the event's
/// fault (retry the batch later): a lost connection, a serialization failure or deadlock,
/// a lock or statement timeout, a cancellation, a server shutting down.
///
/// Poison: errors conforming to ``PoisonEventError``, `DecodingError`, and PostgreSQL
/// errors of SQLSTATE class 22 (data exception: `22003` numeric value out of range,
/// `22008` datetime field overflow, `22P02` invalid text representation, ...) and class
/// 23 (integrity constraint violation: `23514` check violation, ...). Anything else is
/// retried, so a bug in a read model's SQL stops it loudly instead of quarantining the
/// whole log.
public enum ApplyFailure {
    /// The reason to quarantine the event for, or nil when the failure must be retried.
    public static func poisonReason(_ error: any Error) -> String? {
        if error is CancellationError { return nil }
        if let poison = error as? any PoisonEventError { return poison.description }
        if let decoding = error as? DecodingError { return "undecodable payload: \(Self.describe(decoding))" }
        if let database = error as? PSQLError {
            guard let state = database.serverInfo?[.sqlState], state.hasPrefix("22") || state.hasPrefix("23") else {
                return nil
            }
            return DatabaseErrorText.describe(database)
        }
        return nil
    }

    private static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case let .typeMismatch(_, found), let .valueNotFound(_, found), let .keyNotFound(_, found),
             let .dataCorrupted(found):
            context = found
        @unknown default:
            return String(describing: error)
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    }
}
