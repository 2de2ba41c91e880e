import DemoWorld
import Foundation

/// One row of an intervals file.
struct IntervalRow: Sendable {
    let queue: String
    /// Seconds since the epoch of the interval start.
    let start: Int
    let minutes: Int
    let offered: Int
    let handled: Int
    let abandoned: Int
    let answeredWithinSLA: Int
    let handleSeconds: Int
    let shortAbandoned: Int?

    static func all(in file: DemoFile) -> [IntervalRow] {
        CSVByteReader.rows(of: file) { reader in
            IntervalRow(
                queue: reader.text(), start: reader.instant(), minutes: reader.number() ?? -1,
                offered: reader.number() ?? -1, handled: reader.number() ?? -1, abandoned: reader.number() ?? -1,
                answeredWithinSLA: reader.number() ?? -1, handleSeconds: reader.number() ?? -1,
                shortAbandoned: reader.number())
        }
    }

    /// The local day (days since the epoch) and hour of the interval start in `zone`.
    func local(in zone: TimeZone) -> (day: Int, hour: Int) {
        let wall = start + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(start)))
        return (wall / 86_400, wall % 86_400 / 3_600)
    }
}

/// One row of an agent-intervals file.
struct AgentIntervalRow {
    let agent: String
    let queue: String
    let start: Int
    let minutes: Int
    let contacts: Int
    let handleSeconds: Int
    let resolutions: Int
    let scheduledSeconds: Int
    let adherentSeconds: Int

    static func all(in file: DemoFile) -> [AgentIntervalRow] {
        CSVByteReader.rows(of: file) { reader in
            AgentIntervalRow(
                agent: reader.text(), queue: reader.text(), start: reader.instant(), minutes: reader.number() ?? -1,
                contacts: reader.number() ?? -1, handleSeconds: reader.number() ?? -1,
                resolutions: reader.number() ?? -1, scheduledSeconds: reader.number() ?? -1,
                adherentSeconds: reader.number() ?? -1)
        }
    }
}
