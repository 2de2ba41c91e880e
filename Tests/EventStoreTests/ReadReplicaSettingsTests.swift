@testable import EventStore
import Testing

/// `CALLBOARD_READ_DATABASE_URL` and its settings: several URLs split at the commas that start
/// a new URL (a host list inside one URL stays whole), bounds checked with the variable named.
@Suite struct ReadReplicaSettingsTests {
    @Test func severalURLsAreSplitWhereANewURLStarts() throws {
        #expect(ReadReplicaSettings.splitURLs("") == [])
        #expect(ReadReplicaSettings.splitURLs("postgres://u@a/db") == ["postgres://u@a/db"])
        #expect(ReadReplicaSettings.splitURLs("postgres://u@a/db, postgresql://u@b:5433/db") == [
            "postgres://u@a/db", "postgresql://u@b:5433/db",
        ])
        #expect(ReadReplicaSettings.splitURLs("postgres://u@a:5432,b:5432/db,postgres://u@c/db") == [
            "postgres://u@a:5432,b:5432/db", "postgres://u@c/db",
        ])
    }

    @Test func theEnvironmentNamesReplicasLagAndWait() throws {
        let none = try ReadReplicaSettings.fromEnvironment([:])
        #expect(none.urls.isEmpty)
        #expect(none.maximumLagSeconds == 5)
        #expect(none.positionWaitSeconds == 2)
        let two = try ReadReplicaSettings.fromEnvironment([
            "CALLBOARD_READ_DATABASE_URL": "postgres://callboard@r1:5432/callboard,postgres://callboard@r2:5432/callboard",
            "CALLBOARD_READ_MAX_LAG": "2.5", "CALLBOARD_READ_POSITION_WAIT": "0.5",
        ])
        #expect(two.urls.count == 2)
        #expect(two.maximumLagSeconds == 2.5)
        #expect(two.positionWaitSeconds == 0.5)
        for bad in ["0", "-1", "soon", "nan", "100000"] {
            #expect(throws: ReadReplicaSettings.InvalidSetting.self) {
                try ReadReplicaSettings.fromEnvironment(["CALLBOARD_READ_MAX_LAG": bad])
            }
        }
        #expect(throws: (any Error).self) { try ReadReplicaSettings.fromEnvironment(["CALLBOARD_READ_DATABASE_URL": "mysql://x"]) }
    }

    @Test func aReplicaIsUsableWhenItAnswersWithinTheBound() {
        let up = ReplicaHealth(replica: "r1", state: .up(lagSeconds: 1.2, inRecovery: true))
        #expect(up.isUsable(maximumLagSeconds: 5))
        #expect(!up.isUsable(maximumLagSeconds: 1))
        #expect(up.problem(maximumLagSeconds: 1) == "replica r1: 1.2 s behind the primary, bound 1.0 s")
        #expect(ReplicaHealth(replica: "r1", state: .up(lagSeconds: nil, inRecovery: true)).isUsable(maximumLagSeconds: 1))
        let down = ReplicaHealth(replica: "r2", state: .down("connection refused"))
        #expect(!down.isUsable(maximumLagSeconds: 60))
        #expect(down.problem(maximumLagSeconds: 60) == "replica r2: down (connection refused)")
    }
}
