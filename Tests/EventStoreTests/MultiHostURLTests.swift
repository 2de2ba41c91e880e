import EventStore
import Testing

/// Multi-host URLs with libpq's conventions (issue 16): host lists in the authority, in
/// `host=`/`port=` and in `PGHOST`/`PGPORT`, and `target_session_attrs`; bad values are
/// refused with the value named, never a crash.
@Suite("Multi-host database URLs")
struct MultiHostURLTests {
    @Test("A host list in the URL, with ports, defaults and IPv6, and target_session_attrs")
    func authorityList() throws {
        let url = try DatabaseURL(
            parsing: "postgres://app:pw@db1:5433,db2,[::1]:6000/callboard?target_session_attrs=read-write&sslmode=require",
            environment: [:])
        #expect(url.hosts == [DatabaseHost(host: "db1", port: 5433), DatabaseHost(host: "db2"), DatabaseHost(host: "::1", port: 6000)])
        #expect(url.host == "db1" && url.port == 5433)
        #expect(url.targetSessionAttributes == .readWrite)
        #expect(url.user == "app" && url.password == "pw" && url.database == "callboard")
        #expect(url.tls.mode == .require)
        #expect(url.choosesHost)
        #expect(url.description == "postgres://app:***@db1:5433,db2:5432,[::1]:6000/callboard?sslmode=require&target_session_attrs=read-write")
        // Printed and parsed again: the same URL.
        #expect(try DatabaseURL(parsing: url.urlString, environment: [:]) == url)
    }

    @Test("host= and port= lists, one port for all or one each; PGTARGETSESSIONATTRS as the default")
    func queryLists() throws {
        let each = try DatabaseURL(parsing: "postgres://app@ignored/db?host=a,b,c&port=1,2,3", environment: [:])
        #expect(each.hosts == [DatabaseHost(host: "a", port: 1), DatabaseHost(host: "b", port: 2), DatabaseHost(host: "c", port: 3)])
        let one = try DatabaseURL(
            parsing: "postgres://app@a,b/db?port=6432", environment: ["PGTARGETSESSIONATTRS": "prefer-standby"])
        #expect(one.hosts == [DatabaseHost(host: "a", port: 6432), DatabaseHost(host: "b", port: 6432)])
        #expect(one.targetSessionAttributes == .preferStandby)
        let explicit = try DatabaseURL(
            parsing: "postgres://app@a/db?target_session_attrs=standby", environment: ["PGTARGETSESSIONATTRS": "primary"])
        #expect(explicit.targetSessionAttributes == .standby)
        #expect(explicit.choosesHost)
        for value in TargetSessionAttributes.allCases {
            #expect(try DatabaseURL(parsing: "postgres://app@a,b/db?target_session_attrs=\(value)", environment: [:])
                .targetSessionAttributes == value)
        }
        // One host and no attributes: a plain connection, no choosing.
        #expect(!(try DatabaseURL(parsing: "postgres://app@a:5432/db", environment: [:])).choosesHost)
        // A socket directory alone stays a socket connection.
        let socket = try DatabaseURL(parsing: "postgres://app@localhost/db?host=/tmp/sockets", environment: [:])
        #expect(socket.socketDirectory == "/tmp/sockets" && !socket.choosesHost)
    }

    @Test("PGHOST and PGPORT lists, and PGTARGETSESSIONATTRS, when no URL is given")
    func environmentLists() throws {
        let url = try #require(try DatabaseURL.fromLibpqEnvironment([
            "PGHOST": "n1,n2", "PGPORT": "5432,5433", "PGUSER": "app", "PGDATABASE": "callboard", "PGTARGETSESSIONATTRS": "read-write",
        ]))
        #expect(url.hosts == [DatabaseHost(host: "n1", port: 5432), DatabaseHost(host: "n2", port: 5433)])
        #expect(url.targetSessionAttributes == .readWrite)
        let shared = try #require(try DatabaseURL.fromLibpqEnvironment(["PGHOST": "n1,n2,n3", "PGPORT": "6432", "PGUSER": "app"]))
        #expect(shared.hosts.map(\.port) == [6432, 6432, 6432])
    }

    @Test("Bad lists and values are refused with the value named", arguments: [
        ("postgres://app@a,,b/db", "empty host"),
        ("postgres://app@a:1,b:x/db", "x is not a port number"),
        ("postgres://app@a:1,b:70000/db", "70000 is not a port number"),
        ("postgres://app@a,[::1/db", "does not close"),
        ("postgres://app@a,:5432/db", "empty host"),
        ("postgres://app@h/db?host=a,b&port=1,2,3", "gives 3 ports for 2 hosts"),
        ("postgres://app@h/db?host=a,,b", "empty host name"),
        ("postgres://app@h/db?port=one", "\"one\" is not a port number"),
        ("postgres://app@h/db?host=/tmp,b", "cannot name a unix socket directory"),
        ("postgres://app@h/db?host=/tmp&target_session_attrs=primary", "needs TCP hosts"),
        ("postgres://app@a,b/db?target_session_attrs=master", "target_session_attrs=master is not one of any, read-write, read-only, primary, standby, prefer-standby"),
    ])
    func badValues(text: String, expected: String) {
        #expect {
            _ = try DatabaseURL(parsing: text, environment: [:])
        } throws: { error in
            error is DatabaseURL.ParseError && "\(error)".contains(expected)
        }
    }

    @Test("Bad PGHOST, PGPORT and PGTARGETSESSIONATTRS lists are refused with the variable named")
    func badEnvironment() {
        for (environment, expected) in [
            (["PGHOST": "a,b", "PGPORT": "1,2,3"], "PGPORT=1,2,3 gives 3 ports for 2 hosts"),
            (["PGHOST": "a,,b"], "PGHOST=a,,b has an empty host name"),
            (["PGHOST": "a,/tmp"], "cannot name a unix socket directory"),
            (["PGHOST": "a", "PGTARGETSESSIONATTRS": "leader"], "target_session_attrs=leader is not one of"),
            (["PGHOST": "/tmp", "PGTARGETSESSIONATTRS": "standby"], "needs TCP hosts"),
        ] {
            #expect {
                _ = try DatabaseURL.fromLibpqEnvironment(environment)
            } throws: { error in
                "\(error)".contains(expected)
            }
        }
    }

    @Test("Several URLs in CALLBOARD_READ_DATABASE_URL keep their host lists whole")
    func readURLList() throws {
        let settings = try ReadReplicaSettings.fromEnvironment([
            "CALLBOARD_READ_DATABASE_URL": "postgres://app@r1:5432,r2:5432/db?target_session_attrs=standby,postgres://app@r3/db",
        ])
        #expect(settings.urls.count == 2)
        #expect(settings.urls[0].hosts.map(\.host) == ["r1", "r2"])
        #expect(settings.urls[0].targetSessionAttributes == .standby)
        #expect(settings.urls[1].host == "r3")
    }
}
