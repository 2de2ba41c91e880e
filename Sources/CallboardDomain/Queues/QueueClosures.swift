/// The rules for a queue's day closures: recording the same closure again changes nothing,
/// a day already closed for another reason is refused (withdraw it first), and only a day
/// recorded closed can be withdrawn. The day and the reason are checked by `CommandValues`
/// before these rules run.
enum QueueClosures {
    static func record(_ day: LocalDate, reason: String, on queue: QueueState) throws(QueueRejection) -> [QueueEvent] {
        if let existing = queue.closureDays[day] {
            guard existing == reason else { throw .closureAlreadyRecorded(queue.id, day: day, reason: existing) }
            return []
        }
        return [.closureRecorded(.init(queueID: queue.id, day: day, reason: reason,
                                       recording: (queue.closureRecordings[day] ?? 0) + 1))]
    }

    static func withdraw(_ day: LocalDate, reason: String, on queue: QueueState) throws(QueueRejection) -> [QueueEvent] {
        guard queue.closureDays[day] != nil else { throw .noClosureRecorded(queue.id, day: day) }
        return [.closureWithdrawn(.init(queueID: queue.id, day: day, reason: reason,
                                        recording: queue.closureRecordings[day] ?? 1))]
    }
}
