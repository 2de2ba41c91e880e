import CallboardDomain
import CallboardOperations
import EventStore
import Foundation

/// More queues beside PeakWorld's TAB-EN-US, for the fallback forecasts: a new voice queue of
/// the same account, and an account of its own with no sibling to borrow from.
extension PeakWorld {
    func openQueue(_ id: QueueID, account: AccountID = "TAB", channel: CallboardDomain.Channel = .voice) async throws {
        let run = CommandRunner(store: store, actor: "test")
        _ = try await run.run(QueueCommand.open(OpenQueue(
            queueID: id, accountID: account, channel: channel, language: "en", market: "US", timeZone: "America/New_York",
            hours: .alwaysOpen, sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
            slaEffectiveFrom: Self.historyStart)))
    }

    func signAccount(_ id: AccountID, channels: [CallboardDomain.Channel]) async throws {
        _ = try await CommandRunner(store: store, actor: "test").run(ClientAccountCommand.sign(SignAccount(
            accountID: id, name: "Account \(id)", markets: ["US"], brands: ["Brand"], channels: channels, languages: ["en"],
            signedOn: "2024-03-01")))
    }

    /// Reports `queue`'s half hours in `[from, until)` with the world's daily shape times `scale`.
    func report(_ queue: QueueID, from: Date, until: Date, scale: Double) async throws {
        var byStream: [String: [NewEvent]] = [:]
        var start = from
        while start < until {
            let hour = (Int(start.timeIntervalSince1970) - 5 * 3600) % 86_400 / 3600
            let offered = Int(Double((8..<20).contains(hour) ? 40 : 10) * scale)
            let report = ContactIntervalReport(queueID: queue, start: start, length: .thirtyMinutes, figures: ContactIntervalFigures(
                offered: offered, handled: offered, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: offered,
                handleSeconds: offered * 360))
            for event in try ContactIntervals.decide(report, state: nil) {
                byStream[ContactIntervals.streamID(for: report).rawValue, default: []].append(try event.newEvent(metadata: EventMetadata()))
            }
            start += 1800
        }
        _ = try await store.appendBulk(byStream.keys.sorted().map { StreamAppend(stream: StoredStream($0), events: byStream[$0]!) })
    }
}
