import Foundation

extension DatabaseURL {
    /// The database libpq's standard environment variables name, for a deployment that
    /// configures PostgreSQL the usual way instead of with a URL: `PGHOST` (a host name,
    /// or a directory holding the server's unix socket), `PGPORT`, `PGUSER`, `PGPASSWORD`,
    /// `PGDATABASE` and the TLS variables `PGSSLMODE`, `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY`.
    ///
    /// Nil when neither `PGHOST` nor `PGDATABASE` is set: the environment names no database.
    /// As with libpq, the user defaults to the operating system's user and the database to
    /// the user's name; the host defaults to the local server's socket directory.
    public static func fromLibpqEnvironment(_ environment: [String: String]) throws -> DatabaseURL? {
        let value = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        guard value("PGHOST") != nil || value("PGDATABASE") != nil else { return nil }
        let host = value("PGHOST") ?? "/var/run/postgresql"
        let portText = value("PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw ParseError(description: "PGPORT=\(portText) is not a port number (1 to 65535)")
        }
        let user = value("PGUSER") ?? value("USER") ?? NSUserName()
        return DatabaseURL(
            user: user, password: value("PGPASSWORD"), host: host.hasPrefix("/") ? "localhost" : host, port: port,
            database: value("PGDATABASE") ?? user, socketDirectory: host.hasPrefix("/") ? host : nil,
            tls: try tls(
                mode: value("PGSSLMODE"), rootCertificate: value("PGSSLROOTCERT"),
                clientCertificate: value("PGSSLCERT"), clientKey: value("PGSSLKEY")))
    }
}
