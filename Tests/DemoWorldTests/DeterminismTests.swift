import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// The world is a pure function of seed, `now` and scale: demos and tests can rely on it.
    @Suite struct DeterminismTests {
        @Test func theSameSeedGivesByteIdenticalFiles() {
            let again = DemoWorld.generate(seed: Worlds.seed, now: Worlds.now, scale: .small)
            #expect(again.files == Worlds.small.files)
            #expect(again.summary == Worlds.small.summary)
        }

        @Test func anotherSeedGivesAnotherWorldOnTheSameCatalog() {
            let other = DemoWorld.generate(seed: Worlds.seed + 1, now: Worlds.now, scale: .small)
            for name in ["sites.csv", "accounts.csv", "queues.csv"] {
                #expect(other.file(named: name) == Worlds.small.file(named: name), "\(name) is the fixed catalog")
            }
            for name in ["agents.csv", "shifts.csv", "intervals-tabula-voice-en-us.csv", "qa.csv", "csat.csv"] {
                #expect(other.file(named: name)?.csvText != Worlds.small.file(named: name)?.csvText, "\(name)")
            }
        }

        @Test func filesComeInImportDependencyOrder() {
            let order = Worlds.small.files.map(\.kind)
            let ranks = order.map { DemoFileKind.allCases.firstIndex(of: $0) ?? -1 }
            #expect(ranks == ranks.sorted())
            #expect(Set(order) == Set(DemoFileKind.allCases))
            #expect(Worlds.small.files(of: .intervals).allSatisfy { $0.fileName.hasPrefix("intervals-") })
        }

        @Test func rowCountsMatchTheText() {
            for file in Worlds.small.files {
                let lines = file.csvText.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.last == "", "\(file.fileName) ends with a line break")
                #expect(lines.count - 2 == file.rowCount, "\(file.fileName)")
            }
        }
    }
}
