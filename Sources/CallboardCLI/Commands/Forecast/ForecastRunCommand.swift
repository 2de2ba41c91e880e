import ArgumentParser
import CallboardDomain
import CallboardOperations
import CallboardProjections
import CapacityPlanning
import EventStore
import Foundation
import PeakPlanning

/// `callboard forecast run --season black-friday-2026 [--accounts A,B]`: the scheduler's job.
struct ForecastRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Publish the season's forecast and capacity projection for every open queue (or some accounts').",
        discussion: """
            Seasons: black-friday-YYYY runs from the Monday of Black Friday week through 3 January, at \
            each queue's own interval length (15, 30 or 60 minutes, as reported), on its market's clock. Each queue gets a SeasonForecastPublished \
            event (stream forecast-<season>-<queue>) with the forecast, required agents and certified supply; \
            a rerun with unchanged inputs appends nothing and says so, changed inputs publish a new revision. \
            One run at a time: a second run exits with code 75 at once. Progress: a status line on a \
            terminal, log lines otherwise. See `callboard report peak`.

            Every open queue is forecast. A queue with less than --min-history-weeks of its own history \
            (default 8) gets the fallback forecast: the weekly and intraday shape of the account's queues \
            in the same channel (its language first), scaled to its own recent level (or, with no history, \
            the siblings' median level), with the siblings' peak uplifts; it is published as low-confidence \
            and listed after the summary, as are queues with flagged training days (outages, spikes, feed \
            gaps: confirm a real one with `queue confirm-day`). A queue that cannot be forecast at all (no \
            history and no sibling, no SLA, no handle time anywhere) is listed with the reason and the run \
            exits with code 65 once the other queues are published.
            """)

    @Option(help: "The season, e.g. black-friday-2026.") var season: String
    @Option(help: "Only these client accounts, comma-separated.") var accounts: String?
    @Option(help: "Weeks of own history below which a queue gets the fallback forecast (2 to 520).",
            transform: { text throws(ValidationError) in
                guard let weeks = Int(text), (2...520).contains(weeks) else {
                    throw ValidationError("--min-history-weeks must be a whole number from 2 to 520, but was '\(text)'")
                }
                return weeks
            })
    var minHistoryWeeks: Int = 8
    @Flag(help: "Forecast an event no queue has a past season of at 1, not at the documented retail default uplift.")
    var noRetailDefaults = false

    func run() async throws {
        let season: PeakSeason
        do { season = try PeakSeason.named(self.season) } catch { throw ValidationError(error.description) }
        let accounts = (self.accounts ?? "").split(separator: ",").map { AccountID(String($0)) }
        let progress = JobProgress(label: "callboard.forecast-run")
        let (minHistoryWeeks, retailDefaults) = (minHistoryWeeks, !noRetailDefaults)
        do {
            let report = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                for account in accounts { _ = try await Listings(store: store).account(account) }
                try await Self.catchUp(store)
                let availability = CertifiedAvailabilityReader(reader: ReportReader(store: store, logger: CommandLogger.make()))
                var job = SeasonForecastJob(store: store, season: season, accounts: accounts, availability: availability,
                                            logger: CommandLogger.make())
                job.minimumHistoryWeeks = minHistoryWeeks
                job.forecaster.configuration.usesRetailDefaults = retailDefaults
                let report = try await job.run { step in
                    progress.step(step.index, of: step.total, step.queueID.rawValue, step.outcome.description)
                }
                try await Self.catchUp(store)
                return report
            }
            print(report.summary)
            for line in report.queueLines { print("  \(line)") }
            if !progress.isTerminal { progress.logger.info("\(report.summary)") }
            if report.failed > 0 {
                FileHandle.standardError.write(Data("Error: \(report.failed) queue(s) could not be forecast; see the FAILED lines.\n".utf8))
                throw OperationRun.refused
            }
        } catch SeasonRunError.alreadyRunning {
            FileHandle.standardError.write(Data("Error: \(SeasonRunError.alreadyRunning.description)\n".utf8))
            throw ExitStatus.tryAgain.code
        }
    }

    /// Brings every read model up to the log's end, as reports do before answering.
    static func catchUp(_ store: EventLog) async throws {
        try await ProjectionsCommand.catchUp(store)
    }
}
