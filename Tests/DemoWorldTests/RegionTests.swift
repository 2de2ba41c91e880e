import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// Bigger worlds (issue 16, item 7) are regions of the full one: region 2 has the same
    /// business under IDs of its own, so nothing it imports collides with region 1 (an import
    /// would take a shared ID for a retry and drop the row), and the xl world's 15-minute
    /// history carries the same demand as the 30-minute one.
    @Suite struct RegionTests {
        static let second = DemoRegion(2).generating { DemoWorld.generate(seed: Worlds.seed, now: Worlds.now, scale: .small) }

        /// Every value of the ID columns of every file of `world`, by column.
        static func ids(_ world: DemoWorldFiles) -> [String: Set<String>] {
            let columns = ["site_id", "account_id", "queue_id", "agent_id", "program_id", "commendation_id", "survey_id",
                           "contact_id", "evaluation_id", "queue"]
            var ids: [String: Set<String>] = [:]
            for file in world.files {
                let table = CSVTable(file.csvText)
                for column in columns {
                    guard let index = table.header.firstIndex(of: column) else { continue }
                    for row in table.rows where index < row.count && !row[index].isEmpty { ids[column, default: []].insert(row[index]) }
                }
            }
            return ids
        }

        @Test func aSecondRegionSharesNoIDWithTheFirst() {
            let first = Self.ids(Worlds.small), second = Self.ids(Self.second)
            #expect(first.keys.sorted() == second.keys.sorted())
            for (column, values) in first {
                let shared = values.intersection(second[column] ?? [])
                #expect(shared.isEmpty, "\(column): \(shared.prefix(3))")
                #expect(!values.isEmpty, "\(column)")
            }
            #expect(second["site_id"]?.contains("MNL-r2") == true)
            #expect(second["account_id"]?.contains("tabula-r2") == true)
            #expect(second["queue_id"]?.contains("tabula-r2-voice-en-us") == true)
        }

        @Test func aSecondRegionIsTheSameBusinessWithItsOwnDraws() {
            let (first, second) = (Worlds.small.summary, Self.second.summary)
            #expect(second.sites == first.sites)
            #expect(second.accounts == first.accounts)
            #expect(second.queues == first.queues)
            #expect(abs(second.agents - first.agents) <= first.agents / 10)
            let firstIntervals = Worlds.small.files(of: .intervals).map(\.csvText)
            let secondIntervals = Self.second.files(of: .intervals).map(\.csvText)
            #expect(firstIntervals != secondIntervals, "region 2 draws its own volumes")
        }

        @Test func xlIntervalsAreFifteenMinutesWithTheSameDemand() throws {
            let quarter = DemoWorld.generate(seed: Worlds.seed, now: Worlds.now, scale: .small, intervalMinutes: 15)
            let name = try #require(Worlds.small.files(of: .intervals).first?.fileName)
            let half = CSVTable(try #require(Worlds.small.file(named: name)).csvText)
            let fifteen = CSVTable(try #require(quarter.file(named: name)).csvText)
            let minutes = try #require(fifteen.header.firstIndex(of: "interval_minutes"))
            let start = try #require(fifteen.header.firstIndex(of: "interval_start"))
            let offered = try #require(fifteen.header.firstIndex(of: "offered"))
            #expect(fifteen.rows.allSatisfy { $0[minutes] == "15" })
            #expect(fifteen.rows.count == 2 * half.rows.count)
            #expect(Set(fifteen.rows.map { String($0[start].dropLast(4).suffix(2)) }) == ["00", "15", "30", "45"])
            let total = { (table: CSVTable) in table.rows.reduce(0.0) { $0 + (Double($1[offered]) ?? 0) } }
            #expect(abs(total(fifteen) / total(half) - 1) < 0.03)
        }

        @Test func sizesByName() {
            #expect(DemoSize(named: "xl") == .xl)
            #expect(DemoSize.xl.regions == 10 && DemoSize.xl.intervalMinutes == 15)
            #expect(DemoSize(named: "3x") == .times(3))
            #expect(DemoSize(named: "1x") == .full)
            #expect(DemoSize(named: "11x") == nil)
            #expect(DemoSize(named: "0x") == nil)
            #expect(DemoSize(named: "big") == nil)
            #expect(DemoSize.times(3).allRegions.map(\.number) == [1, 2, 3])
        }
    }
}
