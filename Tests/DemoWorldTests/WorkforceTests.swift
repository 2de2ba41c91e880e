import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// Agents, their shifts and their recent facts tell one consistent story: ids and sites
    /// match, agents work queues in languages they speak, only live agents get shifts, and the
    /// Manila teams on US queues work the US day, which is the Manila night.
    @Suite struct WorkforceTests {
        let agents = CSVTable(Worlds.full.files(of: .agents)[0]).records
        let queues = CSVTable(Worlds.full.files(of: .queues)[0]).records

        var agentsByID: [String: [String: String]] {
            Dictionary(uniqueKeysWithValues: agents.map { ($0["agent_id"] ?? "", $0) })
        }

        func speaks(_ agent: [String: String]?, _ language: String?) -> Bool {
            let spoken = (agent?["languages"] ?? "").split(separator: ";").map { $0.split(separator: ":")[0] }
            return spoken.contains { $0 == language ?? "" }
        }

        @Test func agentIDsNameTheirSite() {
            #expect(Set(agents.map { $0["agent_id"] ?? "" }).count == agents.count)
            for agent in agents {
                let id = agent["agent_id"] ?? ""
                #expect(id.count == 8 && id.hasPrefix("\(agent["site_id"] ?? "")-") && Int(id.suffix(4)) != nil, "\(id)")
                #expect((agent["status_on"] ?? "") >= (agent["hired_on"] ?? ""), "\(id)")
            }
        }

        @Test func shiftsAreForLiveAgentsOnQueuesInTheirLanguages() {
            let languageOf = Dictionary(uniqueKeysWithValues: queues.map { ($0["queue_id"] ?? "", $0["language"]) })
            let shifts = CSVTable(Worlds.full.files(of: .shifts)[0]).records
            let agentsByID = agentsByID
            var perAgent: [String: Int] = [:]
            var wrong: [[String: String]] = []
            for shift in shifts {
                let agent = agentsByID[shift["agent_id"] ?? ""]
                let queuesSpoken = (shift["queues"] ?? "").split(separator: ";")
                    .allSatisfy { speaks(agent, languageOf[String($0)] ?? nil) }
                // The day after now on the site's clock: 23 November in Santa Cruz, 24 in Manila.
                let date = shift["date"] ?? ""
                if agent?["status"] != "live" || !queuesSpoken || date < "2026-11-23" || date > "2026-12-14" {
                    wrong.append(shift)
                }
                perAgent[shift["agent_id"] ?? "", default: 0] += 1
            }
            #expect(wrong.isEmpty, "\(wrong.count) wrong shifts, e.g. \(wrong.prefix(3))")
            #expect(perAgent.values.allSatisfy { $0 <= 15 }, "five days a week")
        }

        @Test func manilaCoversTheUSDayOvernight() {
            let starts = CSVTable(Worlds.full.files(of: .shifts)[0]).records
                .filter { ($0["agent_id"] ?? "").hasPrefix("MNL") && ($0["queues"] ?? "").hasPrefix("tabula-voice-en-us") }
                .compactMap { Int(($0["start"] ?? "").prefix(2)) }
            let evening = starts.filter { $0 >= 18 || $0 < 2 }.count
            #expect(!starts.isEmpty && Double(evening) > 0.5 * Double(starts.count), "\(evening) of \(starts.count)")
        }

        @Test func agentIntervalFiguresAreConsistent() {
            for file in Worlds.full.files(of: .agentIntervals) {
                let site = file.fileName.dropFirst("agent-intervals-".count).prefix(3)
                for row in AgentIntervalRow.all(in: file) {
                    let fine = row.minutes == 30 && row.start % 1_800 == 0 && row.agent.hasPrefix(site)
                        && row.contacts >= 0 && row.handleSeconds >= 0 && row.resolutions <= row.contacts
                        && row.adherentSeconds <= row.scheduledSeconds && row.scheduledSeconds <= 1_800
                        && (row.contacts > 0 || row.handleSeconds == 0) && row.handleSeconds <= 3_600
                    if !fine {
                        Issue.record("inconsistent agent interval in \(file.fileName): \(row)")
                        return
                    }
                }
            }
        }

        @Test func qualityScoresAreSkewedHigh() {
            let qa = CSVTable(Worlds.full.files(of: .qa)[0]).column("score").compactMap(Double.init)
            #expect(qa.allSatisfy { (60...100).contains($0) })
            #expect((80...92).contains(qa.reduce(0, +) / Double(qa.count)))
            let csat = CSVTable(Worlds.full.files(of: .csat)[0]).column("score").compactMap(Int.init)
            #expect(csat.allSatisfy { (1...5).contains($0) })
            #expect(Double(csat.filter { $0 >= 4 }.count) > 0.7 * Double(csat.count))
            let ids = CSVTable(Worlds.full.files(of: .qa)[0]).column("evaluation_id")
            #expect(Set(ids).count == ids.count)
        }
    }
}
