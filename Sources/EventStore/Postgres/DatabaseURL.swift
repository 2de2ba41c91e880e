import Foundation
import PostgresNIO

/// A PostgreSQL connection URL, `postgres://user[:password]@host[:port]/database`, as
/// operators write it in `CALLBOARD_DATABASE_URL`.
///
/// A `host` query parameter that is a directory (`?host=/path/to/sockets`) connects
/// through the server's unix socket in that directory, as libpq does.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The directory holding the server's unix socket, when connecting through it.
    public var socketDirectory: String?

    public init(user: String, password: String? = nil, host: String = "127.0.0.1", port: Int = 5432, database: String, socketDirectory: String? = nil) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.socketDirectory = socketDirectory
    }

    /// Why a URL was refused.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public init(parsing text: String) throws {
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
        let socket = components.queryItems?.first(where: { $0.name == "host" })?.value
        self.init(
            user: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1",
            port: components.port ?? 5432,
            database: database,
            socketDirectory: socket?.hasPrefix("/") == true ? socket : nil
        )
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
        var text = "postgres://\(user)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)"
        if let socketDirectory { text += "?host=\(socketDirectory)" }
        return text
    }

    /// The full URL, password included, for handing to other programs.
    public var urlString: String {
        var text = "postgres://\(user)\(password.map { ":\($0)" } ?? "")@\(host):\(port)/\(database)"
        if let socketDirectory { text += "?host=\(socketDirectory)" }
        return text
    }

    /// The client configuration for this URL; `sessionParameters` are server settings
    /// each connection starts with (sent in the startup message).
    public func clientConfiguration(sessionParameters: [(String, String)] = []) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        configuration.options.additionalStartupParameters = sessionParameters
        return configuration
    }

    private static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]+@"#, with: ":***@", options: .regularExpression)
    }
}
