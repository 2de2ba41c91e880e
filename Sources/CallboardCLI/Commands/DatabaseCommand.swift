import ArgumentParser
import EmbeddedPostgres
import EventStore
import Foundation
import PostgresNIO

/// `callboard db ...`: the database itself: the embedded cluster and the schema.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Run the embedded PostgreSQL cluster and migrate the schema.",
        subcommands: [Start.self, Stop.self, Status.self, Migrate.self, Partitions.self]
    )

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Start the embedded cluster under .callboard/ (initialising it if needed).")

        func run() throws {
            let cluster = try DatabaseCommand.embeddedCluster()
            let status = try cluster.start()
            print("embedded PostgreSQL \(status) in \(cluster.root.path)")
            print(cluster.applicationURL)
        }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the embedded cluster.")

        func run() throws {
            let cluster = try DatabaseCommand.embeddedCluster()
            try cluster.stop()
            print("embedded PostgreSQL \(try cluster.status())")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Say which database commands use and whether it runs.")

        func run() throws {
            let target = try DatabaseTarget.resolve()
            guard let cluster = target.cluster else {
                print("external database (CALLBOARD_DATABASE_URL): \(target.application)")
                return
            }
            let status = try cluster.status()
            print("embedded PostgreSQL \(status) in \(cluster.root.path)")
            print(cluster.applicationURL)
            if case .running = status {} else { throw ExitStatus.notRunning.code }
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending schema migrations from schema/.")

        @Option(help: "Directory of NNNN_name.sql migrations (default: schema/).")
        var schema: String?

        func run() async throws {
            let target = try DatabaseTarget.resolve()
            try target.ensureRunning()
            let directory = try schema.map { URL(fileURLWithPath: $0) } ?? SchemaDirectory.locate()
            let migrations = try MigrationDirectory.load(from: directory)
            let logger = CommandLogger.make()
            let (report, made) = try await PostgresClient.withRunningClient(target.administrator, logger: logger) { client in
                let report = try await Migrator(client: client, logger: logger).migrate(migrations)
                // The log's months ahead (0030), made at every migrate as well as by `db partitions`.
                let partitions = LogPartitions(client: client, logger: logger)
                let made = try await partitions.arePartitioned()
                    ? try await partitions.ensure(monthsAhead: LogPartitions.defaultMonthsAhead) : []
                return (report, made)
            }
            for migration in report.applied { print("applied \(migration.fileName)") }
            if !made.isEmpty { print("event log partitions made: \(made.joined(separator: ", "))") }
            print("schema up to date: \(report.applied.count) applied now, \(report.alreadyApplied) already applied")
        }
    }

    static func embeddedCluster() throws -> LocalCluster {
        let target = try DatabaseTarget.resolve()
        guard let cluster = target.cluster else {
            throw ValidationError("CALLBOARD_DATABASE_URL is set: the embedded cluster is not in use (unset it to use .callboard/)")
        }
        return cluster
    }
}
