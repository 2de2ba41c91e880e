import PostgresNIO

/// Turns database errors into sentences for people. PostgresNIO keeps the server's
/// message out of an error's description (it may hold data); operators need it.
public enum DatabaseErrorText {
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        guard let server = error.serverInfo, let message = server[.message] else {
            return "database \(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
        }
        var text = message
        if let detail = server[.detail] { text += " (\(detail))" }
        if let hint = server[.hint] { text += ". \(hint)" }
        if let state = server[.sqlState] { text += " [SQLSTATE \(state)]" }
        return text
    }
}
