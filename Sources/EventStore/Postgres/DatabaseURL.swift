import Foundation
import PostgresNIO

/// A PostgreSQL connection URL, `postgres://user[:password]@host[:port]/database`, as
/// operators write it in `CALLBOARD_DATABASE_URL`.
///
/// A `host` query parameter that is a directory (`?host=/path/to/sockets`) connects
/// through the server's unix socket in that directory, as libpq does. TLS is set with
/// libpq's parameters (`sslmode`, `sslrootcert`, `sslcert`, `sslkey`; see ``DatabaseTLS``),
/// whose `PGSSLMODE`-style environment variables are the defaults, as for libpq.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The directory holding the server's unix socket, when connecting through it.
    public var socketDirectory: String?
    /// How the connection is protected (not used over a unix socket).
    public var tls: DatabaseTLS

    public init(
        user: String, password: String? = nil, host: String = "127.0.0.1", port: Int = 5432, database: String,
        socketDirectory: String? = nil, tls: DatabaseTLS = DatabaseTLS()
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.socketDirectory = socketDirectory
        self.tls = tls
    }

    /// Why a URL was refused.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// `environment` supplies libpq's defaults for the TLS parameters the URL leaves out
    /// (`PGSSLMODE`, `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY`).
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw ParseError(description: "not a postgres:// URL: \(Self.redacted(text))")
        }
        guard let user = components.user, !user.isEmpty else {
            throw ParseError(description: "the database URL names no user: \(Self.redacted(text))")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            throw ParseError(description: "the database URL names no database: \(Self.redacted(text))")
        }
        let query = { (name: String) in components.queryItems?.first(where: { $0.name == name })?.value }
        let socket = query("host")
        self.init(
            user: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1",
            port: components.port ?? 5432,
            database: database,
            socketDirectory: socket?.hasPrefix("/") == true ? socket : nil,
            tls: try Self.tls(
                mode: query("sslmode") ?? environment["PGSSLMODE"],
                rootCertificate: query("sslrootcert") ?? environment["PGSSLROOTCERT"],
                clientCertificate: query("sslcert") ?? environment["PGSSLCERT"],
                clientKey: query("sslkey") ?? environment["PGSSLKEY"])
        )
    }

    /// The TLS settings from libpq's parameter values; an unknown `sslmode` is an error.
    static func tls(mode: String?, rootCertificate: String?, clientCertificate: String?, clientKey: String?) throws -> DatabaseTLS {
        let nonEmpty = { (value: String?) in value.flatMap { $0.isEmpty ? nil : $0 } }
        var tls = DatabaseTLS(
            rootCertificate: nonEmpty(rootCertificate), clientCertificate: nonEmpty(clientCertificate), clientKey: nonEmpty(clientKey))
        if let mode = nonEmpty(mode) {
            guard let known = DatabaseTLS.Mode(rawValue: mode) else {
                let modes = DatabaseTLS.Mode.allCases.map(\.rawValue).joined(separator: ", ")
                throw ParseError(description: "sslmode=\(mode) is not one of \(modes)")
            }
            tls.mode = known
        }
        return tls
    }

    /// The same server and credentials, another database on it.
    public func database(_ name: String) -> DatabaseURL {
        var copy = self
        copy.database = name
        return copy
    }

    /// The same server, another user.
    public func user(_ name: String, password: String? = nil) -> DatabaseURL {
        var copy = self
        copy.user = name
        copy.password = password
        return copy
    }

    /// The URL with the password hidden, safe to print and log.
    public var description: String {
        "postgres://\(user)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)" + queryText
    }

    /// The full URL, password included, for handing to other programs.
    public var urlString: String {
        "postgres://\(user)\(password.map { ":\($0)" } ?? "")@\(host):\(port)/\(database)" + queryText
    }

    /// `?host=...&sslmode=...`: the socket directory and any TLS setting that differs from libpq's default.
    private var queryText: String {
        var items: [(String, String)] = socketDirectory.map { [("host", $0)] } ?? []
        if tls != DatabaseTLS() { items += tls.queryItems }
        guard !items.isEmpty else { return "" }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return "?" + (components.percentEncodedQuery ?? "")
    }

    /// The client configuration for this URL; `sessionParameters` are server settings
    /// each connection starts with (sent in the startup message). Fails when the TLS
    /// settings name files that cannot be used.
    public func clientConfiguration(sessionParameters: [(String, String)] = []) throws(DatabaseTLS.SettingError) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: try tls.clientTLS())
        }
        configuration.options.additionalStartupParameters = sessionParameters
        return configuration
    }

    private static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]+@"#, with: ":***@", options: .regularExpression)
    }
}
