import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("Schema migrations")
struct MigrationTests {
    static let migrations = [
        Migration(version: 1, name: "first", sql: "CREATE TABLE first_table (id int); -- a comment; with a semicolon"),
        Migration(version: 2, name: "second", sql: """
            CREATE FUNCTION answer() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 42; END $$;
            CREATE TABLE second_table (note text DEFAULT 'a;b');
            """),
    ]

    @Test func appliesEachOnceInOrder() async throws {
        try await TestDatabase.withFresh(migrated: false) { database in
            try await database.withAdministrator { client in
                let migrator = Migrator(client: client, logger: TestDatabase.logger)
                let first = try await migrator.migrate(Self.migrations)
                let second = try await migrator.migrate(Self.migrations)
                #expect(first.applied.map(\.version) == [1, 2])
                #expect(second.applied.isEmpty && second.alreadyApplied == 2)
                let rows = try await client.query("SELECT answer()", logger: TestDatabase.logger)
                for try await answer in rows.decode(Int32.self) { #expect(answer == 42) }
            }
        }
    }

    @Test func refusesAnAppliedMigrationThatWasEdited() async throws {
        try await TestDatabase.withFresh(migrated: false) { database in
            try await database.withAdministrator { client in
                let migrator = Migrator(client: client, logger: TestDatabase.logger)
                _ = try await migrator.migrate(Self.migrations)
                var edited = Self.migrations
                edited[0] = Migration(version: 1, name: "first", sql: "CREATE TABLE first_table (id bigint);")
                let third = Migration(version: 3, name: "third", sql: "CREATE TABLE third_table (id int);")
                await #expect {
                    _ = try await migrator.migrate(edited + [third])
                } throws: { error in
                    "\(error)".contains("0001_first.sql was changed after it was applied")
                }
                // Nothing after the refusal was applied.
                let rows = try await client.query("SELECT to_regclass('third_table')::text", logger: TestDatabase.logger)
                for try await name in rows.decode(String?.self) { #expect(name == nil) }
            }
        }
    }

    @Test func aFailingMigrationRollsBackCompletely() async throws {
        try await TestDatabase.withFresh(migrated: false) { database in
            try await database.withAdministrator { client in
                let broken = Migration(version: 1, name: "broken", sql: "CREATE TABLE half (id int); SELECT no_such_function();")
                await #expect(throws: Migrator.MigrationError.self) {
                    _ = try await Migrator(client: client, logger: TestDatabase.logger).migrate([broken])
                }
                let rows = try await client.query("SELECT to_regclass('half')::text", logger: TestDatabase.logger)
                for try await name in rows.decode(String?.self) { #expect(name == nil) }
            }
        }
    }

    @Test func concurrentRunsApplyOnce() async throws {
        try await TestDatabase.withFresh(migrated: false) { database in
            try await database.withAdministrator { client in
                let reports = try await withThrowingTaskGroup(of: Migrator.Report.self) { group in
                    for _ in 0..<4 {
                        group.addTask { try await Migrator(client: client, logger: TestDatabase.logger).migrate(Self.migrations) }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(reports.map(\.applied.count).reduce(0, +) == 2)
            }
        }
    }

    @Test func theRepositorySchemaLoadsInOrder() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schema")
        let migrations = try MigrationDirectory.load(from: directory)
        #expect(migrations.first?.fileName == "0001_event_store.sql")
        #expect(migrations.map(\.version) == migrations.map(\.version).sorted())
    }
}
