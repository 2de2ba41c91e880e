import CallboardImport
import CallboardOperations
import EventStore

/// The sample world (sites, accounts, queues, agents) imported into a fresh store, the
/// starting point of tests about what comes after.
enum World {
    static func importEntities(into store: EventLog) async throws {
        let importer = Importer(store: store, actor: "test")
        for kind in [ImportKind.sites, .accounts, .queues, .agents] {
            _ = try await importer.importFile(kind, text: try SampleFiles.text(kind), file: kind.fileName)
        }
    }

    /// The sample training programs and agents' progress (five agents certified, one in training).
    static func importTraining(into store: EventLog) async throws {
        let importer = Importer(store: store, actor: "test")
        for kind in [ImportKind.trainingPrograms, .trainingProgress] {
            _ = try await importer.importFile(kind, text: try SampleFiles.text(kind), file: kind.fileName)
        }
    }
}
