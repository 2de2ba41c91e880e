import Foundation
import PostgresNIO

/// A PostgreSQL connection URL, `postgres://user[:password]@host[:port]/database`, as
/// operators write it in `CALLBOARD_DATABASE_URL`.
///
/// Several hosts may be named, as with libpq: `postgres://u@h1:5432,h2:5433/db`, or
/// `?host=h1,h2&port=5432,5433`; with `target_session_attrs` (``TargetSessionAttributes``)
/// a connection goes to the first that has the role asked for (see ``HostChoosingRelay``).
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
    /// The hosts after the first (``host``, ``port``), tried in order; empty for one server.
    public var otherHosts: [DatabaseHost]
    /// Which of the hosts a connection accepts (`target_session_attrs`).
    public var targetSessionAttributes: TargetSessionAttributes

    public init(
        user: String, password: String? = nil, host: String = "127.0.0.1", port: Int = 5432, database: String,
        socketDirectory: String? = nil, tls: DatabaseTLS = DatabaseTLS(), otherHosts: [DatabaseHost] = [],
        targetSessionAttributes: TargetSessionAttributes = .any
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.socketDirectory = socketDirectory
        self.tls = tls
        self.otherHosts = otherHosts
        self.targetSessionAttributes = targetSessionAttributes
    }

    /// Every host, in the order connections try them.
    public var hosts: [DatabaseHost] {
        get { [DatabaseHost(host: host, port: port)] + otherHosts }
        set {
            guard let first = newValue.first else { return }
            (host, port, otherHosts) = (first.host, first.port, Array(newValue.dropFirst()))
        }
    }

    /// Whether connections choose among hosts, or check the server's role, before use.
    public var choosesHost: Bool { socketDirectory == nil && (!otherHosts.isEmpty || targetSessionAttributes != .any) }

    /// Why a URL was refused.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// `environment` supplies libpq's defaults for the parameters the URL leaves out
    /// (`PGSSLMODE`, `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY`, `PGTARGETSESSIONATTRS`).
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let (oneHostText, listedHosts) = try Self.splitHostList(text)
        guard let components = URLComponents(string: oneHostText), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
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
        var hosts = listedHosts ?? [DatabaseHost(
            host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1", port: components.port ?? 5432)]
        var socket: String?
        if let names = query("host"), !names.isEmpty {
            let list = names.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if list.contains(where: { $0.hasPrefix("/") }) {
                guard list.count == 1 else {
                    throw ParseError(description: "host=\(names): a list of hosts cannot name a unix socket directory")
                }
                socket = list[0]
            } else {
                guard !list.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                    throw ParseError(description: "host=\(names) has an empty host name")
                }
                hosts = list.map { DatabaseHost(host: $0.trimmingCharacters(in: .whitespaces), port: components.port ?? 5432) }
            }
        }
        if let ports = query("port"), !ports.isEmpty {
            hosts = try Self.applying(ports: ports, named: "port", to: hosts)
        }
        let attributes = try Self.targetSessionAttributes(query("target_session_attrs") ?? environment["PGTARGETSESSIONATTRS"])
        if let socket, hosts.count > 1 || attributes != .any {
            let what = hosts.count > 1 ? "several hosts" : "target_session_attrs=\(attributes)"
            throw ParseError(description:
                "the database URL names the unix socket directory \(socket) with \(what): choosing among hosts needs TCP hosts")
        }
        self.init(
            user: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            host: hosts[0].host,
            port: hosts[0].port,
            database: database,
            socketDirectory: socket,
            tls: try Self.tls(
                mode: query("sslmode") ?? environment["PGSSLMODE"],
                rootCertificate: query("sslrootcert") ?? environment["PGSSLROOTCERT"],
                clientCertificate: query("sslcert") ?? environment["PGSSLCERT"],
                clientKey: query("sslkey") ?? environment["PGSSLKEY"]),
            otherHosts: Array(hosts.dropFirst()),
            targetSessionAttributes: attributes
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
        "postgres://\(user)\(password == nil ? "" : ":***")@\(hostsText)/\(database)" + queryText
    }

    /// The full URL, password included, for handing to other programs.
    public var urlString: String {
        "postgres://\(user)\(password.map { ":\($0)" } ?? "")@\(hostsText)/\(database)" + queryText
    }

    /// `h1:5432,h2:5433`.
    private var hostsText: String { hosts.map(\.description).joined(separator: ",") }

    /// `?host=...&sslmode=...`: the socket directory, any TLS setting that differs from
    /// libpq's default, and `target_session_attrs` unless `any`.
    private var queryText: String {
        var items: [(String, String)] = socketDirectory.map { [("host", $0)] } ?? []
        if tls != DatabaseTLS() { items += tls.queryItems }
        if targetSessionAttributes != .any { items.append(("target_session_attrs", targetSessionAttributes.rawValue)) }
        guard !items.isEmpty else { return "" }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return "?" + (components.percentEncodedQuery ?? "")
    }

    /// The client configuration for this URL; `sessionParameters` are server settings
    /// each connection starts with (sent in the startup message). Fails when the TLS
    /// settings name files that cannot be used.
    ///
    /// A URL that ``choosesHost`` connects through this process's ``HostChoosingRelay`` for
    /// it, which picks the host for each new connection (so the pool's reconnects choose
    /// again). Under `verify-full`, the relay checks the chosen host's name on its own
    /// connection; the relayed one checks the certificate's chain, as `verify-ca` does.
    public func clientConfiguration(sessionParameters: [(String, String)] = []) throws -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else if choosesHost {
            let relay = try HostChoosingRelay.shared(for: self)
            var relayed = tls
            if relayed.mode == .verifyFull { relayed.mode = .verifyCA }
            configuration = PostgresClient.Configuration(
                host: "127.0.0.1", port: relay.port, username: user, password: password, database: database,
                tls: try relayed.clientTLS())
        } else {
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: try tls.clientTLS())
        }
        configuration.options.additionalStartupParameters = sessionParameters
        return configuration
    }

    static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]+@"#, with: ":***@", options: .regularExpression)
    }
}
