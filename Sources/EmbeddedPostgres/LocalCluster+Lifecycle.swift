import Foundation

extension LocalCluster {
    /// Why the cluster could not be brought up.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Initialises the cluster if needed, starts it if it is not running, and makes
    /// sure the application's login and database exist. Safe to call concurrently from
    /// several processes (they queue on a lock file) and when it already runs.
    @discardableResult
    public func start() throws -> Status {
        let binaries = try PostgresBinaries.locate()
        let runner = CommandRunner()
        try prepareDirectories(runner: runner)
        return try FileLock.withLock(at: root.appendingPathComponent(".lock")) {
            if try status() == .notInitialised {
                try initialise(binaries: binaries, runner: runner)
            }
            try writeSettings()
            if case .running = try status() {} else {
                try runner.run(binaries.program("pg_ctl"), [
                    "-D", dataDirectory.path, "-l", logFile.path, "-w", "-t", "60", "start",
                ])
            }
            try createApplicationLogin(binaries: binaries, runner: runner)
            return try status()
        }
    }

    /// Stops the server (fast shutdown: running transactions roll back) if it runs.
    public func stop() throws {
        guard case .running = try status() else { return }
        let binaries = try PostgresBinaries.locate()
        try CommandRunner().run(binaries.program("pg_ctl"), ["-D", dataDirectory.path, "-m", "fast", "-w", "stop"])
    }

    /// Stops the server the way a crash does (immediate shutdown: no checkpoint, every
    /// session cut off; the next start recovers from the WAL), for fault-injection tests.
    public func crash() throws {
        guard case .running = try status() else { return }
        let binaries = try PostgresBinaries.locate()
        try CommandRunner().run(binaries.program("pg_ctl"), ["-D", dataDirectory.path, "-m", "immediate", "-w", "stop"])
    }

    /// Runs SQL as the administrator through the unix socket, with psql.
    @discardableResult
    public func runSQL(_ sql: String, database: String = "postgres") throws -> String {
        let binaries = try PostgresBinaries.locate()
        return try CommandRunner().run(binaries.program("psql"), [
            "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory.path, "-p", String(port),
            "-U", Self.administrator, "-d", database, "-f", "-",
        ], input: sql, dropPrivileges: false)
    }

    func prepareDirectories(runner: CommandRunner) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: socketDirectory, withIntermediateDirectories: true)
        guard runner.runsAsRoot else { return }
        // The server runs as `postgres`: it owns the whole directory and must reach it.
        for path in [root.path, socketDirectory.path] {
            try fileManager.setAttributes([.ownerAccountName: CommandRunner.unprivilegedUser], ofItemAtPath: path)
        }
        if fileManager.fileExists(atPath: dataDirectory.path) {
            try fileManager.setAttributes([.ownerAccountName: CommandRunner.unprivilegedUser], ofItemAtPath: dataDirectory.path)
        }
        do {
            try runner.run("/usr/bin/test", ["-w", root.path])
        } catch {
            throw StartError(description: """
                the `postgres` user cannot reach \(root.path): every directory above it must be \
                searchable by others (chmod o+x), or set CALLBOARD_HOME to a directory it can reach
                """)
        }
    }

    private func initialise(binaries: PostgresBinaries, runner: CommandRunner) throws {
        try runner.run(binaries.program("initdb"), [
            "-D", dataDirectory.path, "-U", Self.administrator, "--auth=trust", "-E", "UTF8", "--no-locale",
            "--no-instructions",
        ])
        let mainConfig = dataDirectory.appendingPathComponent("postgresql.conf")
        let handle = try FileHandle(forWritingTo: mainConfig)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\ninclude = 'callboard.conf'\n".utf8))
        try handle.close()
    }

    private func writeSettings() throws {
        let file = dataDirectory.appendingPathComponent("callboard.conf")
        try settings.fileText(port: port, socketDirectory: socketDirectory.path).write(to: file, atomically: false, encoding: .utf8)
    }

    private func createApplicationLogin(binaries: PostgresBinaries, runner: CommandRunner) throws {
        try runSQL("""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(Self.applicationRole)') THEN
                    CREATE ROLE \(Self.applicationRole) NOLOGIN;
                END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(Self.applicationUser)') THEN
                    CREATE ROLE \(Self.applicationUser) LOGIN IN ROLE \(Self.applicationRole);
                END IF;
            END
            $$;
            SELECT 'CREATE DATABASE \(Self.database)' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '\(Self.database)')
            \\gexec
            """)
    }
}
