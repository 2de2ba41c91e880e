/// The `queue-closures` import file: the Belgian French chat queue closes for the client's
/// stocktake on two weekdays a fortnight ahead, so the demo shows a recorded closure without
/// touching the interval history it learns from.
enum QueueClosuresFile {
    static func make(window: HistoryWindow) -> DemoFile {
        var writer = CSVWriter(header: ["queue", "date", "reason"])
        let queue = QueueCatalog.all.first { $0.market == "BE" && $0.channel == .chat }
        if let queue {
            var day = window.today.adding(days: 14)
            var written = 0
            while written < 2 {
                if day.weekdayIndex < 5 {
                    writer.text(queue.id)
                    writer.date(day)
                    writer.text("client stocktake: contact centre closed")
                    writer.endRow()
                    written += 1
                }
                day = day.adding(days: 1)
            }
        }
        return DemoFile(kind: .queueClosures, fileName: "queue-closures.csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }
}
