/// The rules for confirming a queue's unusual day as real demand: confirming the same day
/// again with the same reason changes nothing, another reason is refused (withdraw first), a
/// day recorded closed cannot be confirmed, and only a confirmed day can be withdrawn. The
/// day and the reason are checked by `CommandValues` before these rules run.
enum QueueDayConfirmations {
    static func confirm(_ day: LocalDate, reason: String, on queue: QueueState) throws(QueueRejection) -> [QueueEvent] {
        if let existing = queue.confirmedDays[day] {
            guard existing == reason else { throw .dayAlreadyConfirmed(queue.id, day: day, reason: existing) }
            return []
        }
        guard queue.closureDays[day] == nil else { throw .dayRecordedClosed(queue.id, day: day) }
        return [.dayConfirmedReal(.init(queueID: queue.id, day: day, reason: reason,
                                        confirmation: (queue.dayConfirmations[day] ?? 0) + 1))]
    }

    static func withdraw(_ day: LocalDate, reason: String, on queue: QueueState) throws(QueueRejection) -> [QueueEvent] {
        guard queue.confirmedDays[day] != nil else { throw .noDayConfirmed(queue.id, day: day) }
        return [.dayConfirmationWithdrawn(.init(queueID: queue.id, day: day, reason: reason,
                                                confirmation: queue.dayConfirmations[day] ?? 1))]
    }
}
