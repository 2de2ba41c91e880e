/// The `queues` import file: every queue with its market's timezone, hours and SLA, the SLA
/// in force from the first instant of the history.
enum QueuesFile {
    static func make(window: HistoryWindow) -> DemoFile {
        var writer = CSVWriter(header: ["queue_id", "account_id", "channel", "language", "timezone", "hours",
                                        "sla", "sla_effective_from", "market"])
        for queue in QueueCatalog.all {
            writer.text(queue.id)
            writer.text(queue.account)
            writer.text(queue.channel.rawValue)
            writer.text(queue.language)
            writer.text(queue.timeZoneID)
            writer.text(queue.hours.text)
            writer.text(queue.sla.text)
            writer.instant(window.start)
            writer.text(queue.market)
            writer.endRow()
        }
        return DemoFile(kind: .queues, fileName: "queues.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
