import ArgumentParser

/// `callboard report ...`: the site director's reports, from the read models.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rosters, staffing, coverage, service levels, certifications, awards, peak and intraday, from the read models.",
        discussion: """
            Every report catches the read models up first, prints the log position it reflects and \
            takes --format table|csv|json. Two clocks: --date, --week or --month name the business \
            days a report covers; --as-of INSTANT|DATE names what was known: the report as the log \
            stood at that recorded instant (a date alone: the end of that day on the site's or \
            market's clock), read from the read models' history.
            """,
        subcommands: [RosterReportCommand.self, StaffingReportCommand.self, CoverageReportCommand.self, SLAReportCommand.self,
                      CertificationsReportCommand.self, ReadinessReportCommand.self,
                      AwardsReportCommand.self, PeakReportCommand.self, IntradayReportCommand.self]
    )
}
