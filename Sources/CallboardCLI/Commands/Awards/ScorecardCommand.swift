import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardOperations
import Foundation

/// `callboard scorecard configure|show`: a site's scorecard weights, targets and eligibility
/// minimums, as events; a site that configured nothing is scored by common practice.
struct ScorecardCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Configure and show a site's monthly scorecard settings.",
        subcommands: [Configure.self, Show.self])

    struct Configure: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "configure",
            abstract: "Set scorecard settings from a month on; what is not given stays as in force for that month.",
            discussion: """
                Weights are percentages that must add up to 100: --weight qa=35 --weight csat=20 ... (metrics: \
                qa, csat, fcr, adh, aht, comm). The month must not be over on the site's clock, so a month that \
                may be closed is never rescored.
                """)

        @Option(help: "The site id, e.g. MNL.") var site: String
        @Option(name: .customLong("from"), help: "The first local month, YYYY-MM.", transform: MonthArgument.parse)
        var from: LocalMonth
        @Option(name: .customLong("weight"), help: "A metric's weight in percent, e.g. qa=35 (repeatable).")
        var weights: [String] = []
        @Option(name: .customLong("target"), help: "A target: qa=90, csat=4.5, fcr=75, adh=92, comm=1, cap=120 (percent of target).")
        var targets: [String] = []
        @Option(name: .customLong("handle-time"), help: "A channel's handle time target in seconds, e.g. voice=420.")
        var handleTimes: [String] = []
        @Option(help: "Minimum contacts handled in the month.") var minContacts: Int?
        @Option(help: "Minimum QA evaluations in the month.") var minQa: Int?
        @Option(help: "Minimum CSAT surveys in the month.") var minSurveys: Int?

        func run() async throws {
            let (siteID, month) = (SiteID(site), from)
            let changes = try ScorecardChanges(
                weights: weights, targets: targets, handleTimes: handleTimes,
                minimums: (minContacts, minQa, minSurveys))
            try await OperationRun.record(source: "cli:scorecard configure") { runner async throws -> [SiteScorecardEvent] in
                let current = try await Listings(store: runner.store).scorecard(of: siteID).configuration(for: month)
                let configuration: ScorecardConfiguration
                do throws(ScorecardConfigurationError) { configuration = try changes.applied(to: current) } catch {
                    throw SiteScorecardRejection.invalidConfiguration(error)
                }
                return try await runner.run(ConfigureScorecard(
                    siteID: siteID, effectiveFrom: month, configuration: configuration, configuredAt: Date(),
                    configuredBy: OperationRun.actor))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Every scorecard configuration of a site, oldest first.")

        @Option(help: "The site id, e.g. MNL.") var site: String
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let siteID = SiteID(site)
            try await OperationRun.list(format) { listings in
                _ = try await listings.site(siteID)
                let entries = try await listings.scorecard(of: siteID).configurations
                let rows: [[Cell]] = entries.map { entry in
                    let c = entry.configuration
                    return [.text(entry.effectiveFrom.description), ReportCell.minute(entry.configuredAt),
                            .text(entry.configuredBy)]
                        + ScorecardMetric.allCases.map { .decimal(c.weights.weight(of: $0) * 100) }
                        + [.text(ScorecardWording.targets(c)), .text(ScorecardWording.eligibility(c.eligibility))]
                }
                return OutputTable(
                    columns: ["from", "configured_at", "by"] + ScorecardMetric.allCases.map { "\($0.abbreviation)_pct" }
                        + ["targets", "eligibility"],
                    rows: rows, detailColumns: ["configured_at", "targets", "eligibility"])
            }
        }
    }
}
