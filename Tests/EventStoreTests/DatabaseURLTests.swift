import EventStore
import Testing

/// Connection URLs and libpq's environment variables, read as operators write them.
@Suite("Database URLs")
struct DatabaseURLTests {
    @Test("libpq's TLS parameters are read from the URL, and the environment fills what it leaves out")
    func tlsParameters() throws {
        let url = try DatabaseURL(
            parsing: "postgres://app:secret@db.example.com:6432/callboard?sslmode=verify-full&sslrootcert=/etc/ca.pem",
            environment: ["PGSSLCERT": "/etc/client.pem", "PGSSLKEY": "/etc/client.key", "PGSSLMODE": "disable"])
        #expect(url.tls == DatabaseTLS(
            mode: .verifyFull, rootCertificate: "/etc/ca.pem", clientCertificate: "/etc/client.pem", clientKey: "/etc/client.key"))
        #expect(url.description.contains("sslmode=verify-full"))
        #expect(!url.description.contains("secret"))
        #expect(url.urlString.contains(":secret@"))
    }

    @Test("Without sslmode the mode is libpq's default, prefer, and the printed URL stays as written")
    func defaultMode() throws {
        let url = try DatabaseURL(parsing: "postgres://app@127.0.0.1:5432/callboard", environment: [:])
        #expect(url.tls.mode == .prefer)
        #expect(url.description == "postgres://app@127.0.0.1:5432/callboard")
    }

    @Test("An unknown sslmode is refused, naming the modes there are")
    func unknownMode() {
        #expect {
            _ = try DatabaseURL(parsing: "postgres://app@h/db?sslmode=verify", environment: [:])
        } throws: { error in
            "\(error)" == "sslmode=verify is not one of disable, allow, prefer, require, verify-ca, verify-full"
        }
    }

    @Test("verify-ca without a certificate authority, and a client certificate without its key, are refused with the setting named")
    func incompleteSettings() {
        #expect(throws: DatabaseTLS.SettingError.self) {
            _ = try DatabaseTLS(mode: .verifyCA, rootCertificate: "/nonexistent/ca.pem").clientTLS()
        }
        #expect {
            _ = try DatabaseTLS(mode: .require, clientCertificate: "/etc/client.pem").clientTLS()
        } throws: { error in
            "\(error)".hasPrefix("sslcert is set but sslkey is not")
        }
    }

    @Test("PGHOST, PGPORT, PGUSER, PGDATABASE and PGSSLMODE name a database when no URL is given")
    func libpqEnvironment() throws {
        #expect(try DatabaseURL.fromLibpqEnvironment(["HOME": "/root"]) == nil)
        let url = try #require(try DatabaseURL.fromLibpqEnvironment([
            "PGHOST": "db.internal", "PGPORT": "6432", "PGUSER": "app", "PGPASSWORD": "pw", "PGDATABASE": "callboard",
            "PGSSLMODE": "require",
        ]))
        #expect(url == DatabaseURL(
            user: "app", password: "pw", host: "db.internal", port: 6432, database: "callboard", tls: DatabaseTLS(mode: .require)))
        let socket = try #require(try DatabaseURL.fromLibpqEnvironment(["PGHOST": "/var/run/postgresql", "PGUSER": "app"]))
        #expect(socket.socketDirectory == "/var/run/postgresql")
        #expect(socket.database == "app")
        #expect(throws: DatabaseURL.ParseError.self) { _ = try DatabaseURL.fromLibpqEnvironment(["PGHOST": "h", "PGPORT": "x"]) }
    }
}
