import CallboardDomain
import CallboardImport
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import FuzzSupport
import PostgresTestSupport
import Projections
import Testing

/// Property, against a real PostgreSQL: a mutated file of any kind is imported whole or
/// refused with line-numbered problems (never another error, never a trap), and whatever was
/// accepted is something every read model can hold: they all catch up afterwards.
@Suite struct ImportFuzzIntegrationTests {
    static let filesPerKind = 50

    @Test func mutatedFilesImportOrAreRefusedAndTheReadModelsHoldWhatWasAccepted() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let importer = Importer(store: store, actor: "fuzz")
            for kind in ImportKind.allCases {
                _ = try await importer.importFile(kind, text: try SampleTexts.text(kind), file: kind.fileName)
            }
            var random = SeededRandom(seed: 0x1551E11)
            var accepted = 0, refused = 0
            for kind in ImportKind.allCases {
                let sample = try SampleTexts.text(kind)
                for iteration in 0..<Self.filesPerKind {
                    let text = RowMutation.mutate(sample, count: 1 + iteration % 3, using: &random)
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
                    do {
                        _ = try await importer.importFile(kind, text: text, file: kind.fileName)
                        accepted += 1
                    } catch let rejection as ImportRejection {
                        refused += 1
                        #expect(!rejection.problems.isEmpty)
                        for problem in rejection.problems {
                            #expect((1...lines).contains(problem.line), "\(problem)")
                        }
                    }
                }
            }
            #expect(refused > 0)
            let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            try await engine.install()
            #expect(try await engine.settle(within: TestDatabase.heldBackTimeout), "read models caught up after \(accepted) accepted files")
        }
    }
}
