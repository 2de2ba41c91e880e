import CivilCalendar

/// The `campaigns` import file: Tabula's yearly product launch (the "Tabula launch" event of
/// ``PeakCalendar``, whose volume the demo history already carries), recorded as an
/// account-wide launch for every year it touches the history or the coming year, so the
/// forecaster can tell the launch weeks from a trend change.
enum CampaignsFile {
    static func make(window: HistoryWindow) -> DemoFile {
        var writer = CSVWriter(header: ["account", "queue", "name", "kind", "first_day", "last_day", "expected_uplift"])
        if let launch = PeakCalendar.events.first(where: { $0.name == "Tabula launch" }) {
            let first = LocalDate(daysSinceEpoch: window.start / 86_400), horizon = window.today.adding(days: 365)
            for year in (first.year - 1)...(horizon.year) {
                guard let day = launch.date(in: year) else { continue }
                let start = day.adding(days: launch.firstOffset), end = start.adding(days: launch.uplifts.count - 1)
                guard end.daysSinceEpoch >= first.daysSinceEpoch, start.daysSinceEpoch <= horizon.daysSinceEpoch else { continue }
                writer.text(DemoRegion.current.id("tabula"))
                writer.empty()
                writer.text("Tabula launch \(year)")
                writer.text("launch")
                writer.date(start)
                writer.date(end)
                writer.text("1.3")
                writer.endRow()
            }
        }
        return DemoFile(kind: .campaigns, fileName: "campaigns.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
