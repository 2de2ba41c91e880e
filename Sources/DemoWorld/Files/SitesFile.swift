/// The `sites` import file: the six contact-centre sites with seats, languages, a ten-hour
/// shift limit and their public holidays.
enum SitesFile {
    static func make() -> DemoFile {
        var writer = CSVWriter(header: ["site_id", "name", "country", "timezone", "seats", "languages",
                                        "opened_on", "max_shift_hours", "holidays"])
        for site in SiteProfile.all {
            writer.text(site.id)
            writer.text(site.name)
            writer.text(site.country)
            writer.text(site.timeZoneID)
            writer.int(site.seats)
            writer.list(site.languages)
            writer.date(site.openedOn)
            writer.int(10)
            writer.list(site.holidays.map { "\($0.date) \($0.name)" })
            writer.endRow()
        }
        return DemoFile(kind: .sites, fileName: "sites.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
