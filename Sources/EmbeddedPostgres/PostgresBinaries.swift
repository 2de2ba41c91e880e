import Foundation

/// Where the PostgreSQL server programs (initdb, pg_ctl, psql) are on this machine.
///
/// Debian keeps them in `/usr/lib/postgresql/VERSION/bin`, off the PATH; the newest
/// version there wins unless `CALLBOARD_PG_BINDIR` names a directory.
public struct PostgresBinaries: Sendable {
    public let directory: URL

    /// Why no server programs were found.
    public struct NotFound: Error, CustomStringConvertible {
        public var description: String {
            """
            PostgreSQL server programs (initdb, pg_ctl) not found. Install them with \
            `apt-get install postgresql libpq-dev` (run `make setup` as root), or set \
            CALLBOARD_PG_BINDIR to the directory holding them.
            """
        }
    }

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresBinaries {
        let fileManager = FileManager.default
        if let configured = environment["CALLBOARD_PG_BINDIR"] {
            return PostgresBinaries(directory: URL(fileURLWithPath: configured))
        }
        let debianRoot = "/usr/lib/postgresql"
        let versions = ((try? fileManager.contentsOfDirectory(atPath: debianRoot)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions {
            let bin = URL(fileURLWithPath: "\(debianRoot)/\(version)/bin")
            if fileManager.isExecutableFile(atPath: bin.appendingPathComponent("initdb").path) {
                return PostgresBinaries(directory: bin)
            }
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let bin = URL(fileURLWithPath: String(directory))
            if fileManager.isExecutableFile(atPath: bin.appendingPathComponent("initdb").path) {
                return PostgresBinaries(directory: bin)
            }
        }
        throw NotFound()
    }

    func program(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}
