import ArgumentParser

/// `callboard report ...`: the site director's reports, from the read models.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rosters, staffing, coverage, service levels, certifications, awards, peak and intraday, from the read models.",
        discussion: """
            Every report catches the read models up first, prints the log position it reflects, \
            takes --format table|csv|json and --as-of INSTANT (replays the log up to then).
            """,
        subcommands: [RosterReportCommand.self, StaffingReportCommand.self, CoverageReportCommand.self, SLAReportCommand.self,
                      CertificationsReportCommand.self, ReadinessReportCommand.self,
                      AwardsReportCommand.self, PeakReportCommand.self, IntradayReportCommand.self]
    )
}
