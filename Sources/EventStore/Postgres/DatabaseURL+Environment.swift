import Foundation

extension DatabaseURL {
    /// The database libpq's standard environment variables name, for a deployment that
    /// configures PostgreSQL the usual way instead of with a URL: `PGHOST` (a host name, a
    /// list of them, or a directory holding the server's unix socket), `PGPORT` (one, or one
    /// per host), `PGTARGETSESSIONATTRS`, `PGUSER`, `PGPASSWORD`,
    /// `PGDATABASE` and the TLS variables `PGSSLMODE`, `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY`.
    ///
    /// Nil when neither `PGHOST` nor `PGDATABASE` is set: the environment names no database.
    /// As with libpq, the user defaults to the operating system's user and the database to
    /// the user's name; the host defaults to the local server's socket directory.
    public static func fromLibpqEnvironment(_ environment: [String: String]) throws -> DatabaseURL? {
        let value = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        guard value("PGHOST") != nil || value("PGDATABASE") != nil else { return nil }
        let hostText = value("PGHOST") ?? "/var/run/postgresql"
        let names = hostText.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.contains(where: \.isEmpty) else { throw ParseError(description: "PGHOST=\(hostText) has an empty host name") }
        let socket = names.count == 1 && names[0].hasPrefix("/") ? names[0] : nil
        if socket == nil, names.contains(where: { $0.hasPrefix("/") }) {
            throw ParseError(description: "PGHOST=\(hostText): a list of hosts cannot name a unix socket directory")
        }
        var hosts = socket == nil ? names.map { DatabaseHost(host: $0) } : [DatabaseHost(host: "localhost")]
        if let ports = value("PGPORT") {
            if socket == nil {
                hosts = try applying(ports: ports, named: "PGPORT", to: hosts)
            } else {
                guard let port = Int(ports), (1...65535).contains(port) else {
                    throw ParseError(description: "PGPORT=\(ports) is not a port number (1 to 65535)")
                }
                hosts[0].port = port
            }
        }
        let attributes = try targetSessionAttributes(value("PGTARGETSESSIONATTRS"))
        if let socket, attributes != .any {
            throw ParseError(description: """
                PGHOST=\(socket) is a unix socket directory: PGTARGETSESSIONATTRS=\(attributes) needs TCP hosts
                """)
        }
        let user = value("PGUSER") ?? value("USER") ?? NSUserName()
        return DatabaseURL(
            user: user, password: value("PGPASSWORD"), host: hosts[0].host, port: hosts[0].port,
            database: value("PGDATABASE") ?? user, socketDirectory: socket,
            tls: try tls(
                mode: value("PGSSLMODE"), rootCertificate: value("PGSSLROOTCERT"),
                clientCertificate: value("PGSSLCERT"), clientKey: value("PGSSLKEY")),
            otherHosts: Array(hosts.dropFirst()), targetSessionAttributes: attributes)
    }
}
