import CallboardDomain
import CallboardOperations
import DemoWorld
import Foundation

/// What the demo loaded, added up over its import reports.
struct DemoLoadTotals: Sendable {
    var files = 0
    var rows = 0
    var rowsAlreadyStored = 0
    var eventsAppended = 0
    var eventsByType: [String: Int] = [:]
    var sites: [SiteState] = []
    /// The Manila agent the demo opened a disciplinary case for (see `DemoAwards`).
    var flaggedAgent: AgentID?

    mutating func add(_ report: ImportReport) {
        files += 1
        rows += report.rowsRead
        rowsAlreadyStored += report.rowsAlreadyStored
        eventsAppended += report.eventsAppended
        eventsByType.merge(report.eventsByType, uniquingKeysWith: +)
    }
}

/// The short tour `callboard demo` prints at the end.
struct DemoTour {
    let summary: DemoWorldSummary
    let totals: DemoLoadTotals
    let generated: Duration
    let elapsed: Duration

    func print() {
        let history = "\(day(summary.historyStart)) to \(day(summary.historyEnd))"
        CallboardCLI.print("""
            Callboard demo world
              sites          \(summary.sites)
              client accounts \(summary.accounts), queues \(summary.queues)
              agents         \(summary.agents) (\(statuses))
              interval history \(history): \(summary.intervalRows) queue intervals, \(summary.agentIntervalRows) agent intervals
              quality        \(summary.qaEvaluations) QA evaluations, \(summary.csatSurveys) CSAT surveys, \(summary.commendations) commendations
              training       \(training)
              shifts         \(summary.shifts) planned for the coming weeks (certified agents only)

            Loaded through the importers: \(totals.files) files, \(totals.rows) rows, \
            \(totals.eventsAppended) events appended, \(totals.rowsAlreadyStored) rows already stored
            Generated in \(seconds(generated)), loaded in \(seconds(elapsed - generated)), \(seconds(elapsed)) in all.

            Sites:
            """)
        for site in totals.sites.sorted(by: { $0.id.description < $1.id.description }) {
            let languages = site.languages.map(\.description).joined(separator: "/")
            CallboardCLI.print("  \(site.id)  \(site.name), \(site.country), \(site.timeZoneID), \(site.seats) seats, \(languages)")
        }
        CallboardCLI.print("""

            Next: callboard site list · callboard queue list · callboard agent list --format csv
                  callboard report coverage --account tabula --date \(day(summary.historyEnd)) --tz America/New_York
                  callboard report certifications --site MNL   (add --expiring-within 35d for those lapsing soon)
                  callboard report readiness --account tabula
                  callboard events tail --from-start --no-follow | head
                  callboard forecast run --season black-friday-2026 · callboard report peak --season black-friday-2026 --chart peak.svg
                  callboard token issue --account tabula · callboard serve   (then GET /v1/accounts/tabula/sla/daily?month=2026-11)
                  callboard report awards --site \(DemoAwards.site) --month \(day(summary.historyEnd).prefix(7))\(flagged)
            """)
    }

    /// Programs and certification progress recorded by this load (nothing on a repeated load).
    private var training: String {
        let count = { (type: String) in totals.eventsByType[type, default: 0] }
        return "\(count("TrainingProgramDefined")) programs (\(count("TrainingProgramRevised")) revised), "
            + "\(count("AgentCertified")) certifications granted, \(count("CertificationRevoked")) revoked, "
            + "\(count("CertificationFailed")) trainings failed, \(count("NestingStarted")) nesting starts"
    }

    /// Where the tour points at the flagged agent's line.
    private var flagged: String {
        totals.flaggedAgent.map { "   (agent \($0) has a disciplinary case open)" } ?? ""
    }

    private var statuses: String {
        summary.agentsByStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }

    private func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    private func seconds(_ duration: Duration) -> String {
        String(format: "%.1f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
