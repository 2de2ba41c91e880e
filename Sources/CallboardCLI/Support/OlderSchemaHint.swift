import EventStore
import PostgresNIO

/// What a database error means when the database's schema is older than this build: a
/// column, table or function the code uses that the server does not have yet (a new binary
/// run before `callboard db migrate`). Without it the operator sees only "column
/// c.tables_version does not exist".
enum OlderSchemaHint {
    /// The SQLSTATEs of a missing column, table and function.
    static let missingObjectStates: Set<String> = ["42703", "42P01", "42883"]

    /// The error's text for people, with the hint to migrate when it names a missing object.
    static func describe(_ error: PSQLError) -> String {
        let text = DatabaseErrorText.describe(error)
        guard let state = error.serverInfo?[.sqlState], missingObjectStates.contains(state) else { return text }
        return text + ". The database's schema may be older than this build of callboard: "
            + "run `callboard db migrate` (as the owner role), then try again"
    }
}
