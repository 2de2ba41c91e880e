import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// TLS to PostgreSQL with libpq's conventions, against a real server: a cluster of its own
/// with `ssl = on` and a certificate signed by a throwaway certificate authority.
@Suite("TLS to PostgreSQL", .serialized)
struct DatabaseTLSTests {
    @Test("Against a TLS server: verify-full, verify-ca, require, prefer and disable mean what they mean to libpq")
    func modesAgainstATLSServer() async throws {
        try await TLSFixture.with { fixture in
            let authority = "sslrootcert=\(fixture.authority.path)"
            // The certificate names `localhost`; 127.0.0.1 is the same server under a name it does not carry.
            let verified = try await Self.connectionUsesTLS(try fixture.url(host: "localhost", "sslmode=verify-full&\(authority)"))
            let caOnly = try await Self.connectionUsesTLS(try fixture.url(host: "127.0.0.1", "sslmode=verify-ca&\(authority)"))
            let required = try await Self.connectionUsesTLS(try fixture.url(host: "127.0.0.1", "sslmode=require"))
            let preferred = try await Self.connectionUsesTLS(try fixture.url(host: "127.0.0.1", "sslmode=prefer"))
            let disabled = try await Self.connectionUsesTLS(try fixture.url(host: "127.0.0.1", "sslmode=disable"))
            #expect(verified && caOnly && required && preferred && !disabled)

            let wrongName = try fixture.url(host: "127.0.0.1", "sslmode=verify-full&\(authority)")
            let refusedName = await #expect(throws: PostgresClient.UnreachableError.self) { _ = try await Self.connectionUsesTLS(wrongName) }
            let nameText = refusedName.map(String.init(describing:)) ?? ""
            #expect(nameText.contains("TLS: the server's certificate does not name the host 127.0.0.1"), "\(nameText)")

            let otherAuthority = try fixture.url(host: "localhost", "sslmode=verify-ca&sslrootcert=\(fixture.otherAuthority.path)")
            let refusedAuthority = await #expect(throws: PostgresClient.UnreachableError.self) {
                _ = try await Self.connectionUsesTLS(otherAuthority)
            }
            let authorityText = refusedAuthority.map(String.init(describing:)) ?? ""
            #expect(authorityText.contains("TLS: the server's certificate was refused"), "\(authorityText)")
        }
    }

    @Test("A multi-host URL keeps TLS end to end through the host choice, and verify-full still checks the chosen host's name")
    func multiHostURLOverTLS() async throws {
        try await TLSFixture.with { fixture in
            let base = fixture.cluster.applicationURL
            let query = "sslmode=verify-full&sslrootcert=\(fixture.authority.path)&target_session_attrs=read-write"
            // Port 1 refuses; the server is the second host.
            let good = try DatabaseURL(
                parsing: "postgres://\(base.user)@localhost:1,localhost:\(base.port)/\(base.database)?\(query)", environment: [:])
            #expect(good.choosesHost)
            #expect(try await Self.connectionUsesTLS(good))

            let wrongName = try DatabaseURL(
                parsing: "postgres://\(base.user)@127.0.0.1:1,127.0.0.1:\(base.port)/\(base.database)?\(query)", environment: [:])
            let refused = await #expect(throws: PostgresClient.UnreachableError.self) { _ = try await Self.connectionUsesTLS(wrongName) }
            let text = refused.map(String.init(describing:)) ?? ""
            #expect(text.contains("no host qualifies for target_session_attrs=read-write"), "\(text)")
            #expect(text.contains("127.0.0.1:1: ") && text.contains("127.0.0.1:\(base.port): "), "\(text)")
            #expect(!text.contains("a primary, read-write"), "a server whose certificate does not name the host was accepted: \(text)")
        }
    }

    @Test("Against a server without TLS: require fails and says why, prefer connects in the clear")
    func requireNeedsAServerWithTLS() async throws {
        try await ThrowawayCluster.with { cluster in
            var plain = cluster.applicationURL
            plain.tls = DatabaseTLS(mode: .prefer)
            let encrypted = try await Self.connectionUsesTLS(plain)
            #expect(!encrypted)
            var required = cluster.applicationURL
            required.tls = DatabaseTLS(mode: .require)
            let refused = await #expect(throws: PostgresClient.UnreachableError.self) { _ = try await Self.connectionUsesTLS(required) }
            let text = refused.map(String.init(describing:)) ?? ""
            #expect(text.contains("the server does not offer TLS"), "\(text)")
        }
    }

    /// Connects to `url` and asks the server whether this session is encrypted.
    static func connectionUsesTLS(_ url: DatabaseURL) async throws -> Bool {
        try await PostgresClient.withRunningClient(url, logger: TestDatabase.logger, reachableWithin: .seconds(4)) { client in
            let rows = try await client.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: TestDatabase.logger)
            for try await ssl in rows.decode(Bool.self) { return ssl }
            return false
        }
    }
}

/// A cluster serving TLS with a certificate for `localhost` signed by a throwaway
/// authority, plus a second authority that signed nothing the server holds.
struct TLSFixture: Sendable {
    let cluster: ThrowawayCluster
    let authority: URL
    let otherAuthority: URL

    /// The application's URL to the cluster under `host`, with `query` (libpq parameters).
    func url(host: String, _ query: String) throws -> DatabaseURL {
        let base = cluster.applicationURL
        return try DatabaseURL(parsing: "postgres://\(base.user)@\(host):\(base.port)/\(base.database)?\(query)", environment: [:])
    }

    static func with(_ body: @Sendable (TLSFixture) async throws -> Void) async throws {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callboard-tls-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await CertificateFiles.make(in: directory)
        try await ThrowawayCluster.with(settings: [
            ("ssl", "on"),
            ("ssl_cert_file", directory.appendingPathComponent("server.crt").path),
            ("ssl_key_file", directory.appendingPathComponent("server.key").path),
        ]) { cluster in
            try await body(TLSFixture(
                cluster: cluster, authority: directory.appendingPathComponent("ca.crt"),
                otherAuthority: directory.appendingPathComponent("other-ca.crt")))
        }
    }
}

/// Certificates made with `openssl` for one test run.
enum CertificateFiles {
    static func make(in directory: URL) async throws {
        let path = { (name: String) in directory.appendingPathComponent(name).path }
        let extensions = path("server.ext")
        try "subjectAltName=DNS:localhost\n".write(toFile: extensions, atomically: true, encoding: .utf8)
        for authority in ["ca", "other-ca"] {
            try await openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Callboard test \(authority)",
                         "-keyout", path("\(authority).key"), "-out", path("\(authority).crt")])
        }
        try await openssl(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", path("server.key"), "-out", path("server.csr")])
        try await openssl(["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.crt"), "-CAkey", path("ca.key"), "-CAcreateserial",
                     "-days", "2", "-extfile", extensions, "-out", path("server.crt")])
        // The server refuses a key others can read; it runs as `postgres` when the tests run as root.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path("server.key"))
        if getuid() == 0, let user = getpwnam("postgres") {
            for file in ["server.key", "server.crt"] { chown(path(file), user.pointee.pw_uid, user.pointee.pw_gid) }
        }
    }

    private static func openssl(_ arguments: [String]) async throws {
        let run = try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/openssl"), arguments, mergingErrors: true)
        guard run.status == 0 else {
            throw OpenSSLFailed(command: "openssl " + arguments.prefix(2).joined(separator: " "))
        }
    }

}

/// An `openssl` command that exited with an error while making the certificates.
struct OpenSSLFailed: Error, CustomStringConvertible {
    let command: String
    var description: String { "\(command) failed" }
}
