import CivilCalendar
import Foundation

/// When an agent was hired, reached their current status, and took live contacts: new
/// hires train for about a month, nest for about a month, then go live; tenure of longer
/// serving agents falls off exponentially (mean about two and a half years), bounded by
/// the site's opening.
struct EmploymentDates {
    let hiredOn: LocalDate
    let statusOn: LocalDate
    let contactsFrom: LocalDate?
    let contactsUntil: LocalDate?

    init(status: AgentStatus, openedOn: LocalDate, today: LocalDate, random: inout SeededRandom) {
        let longest = today.daysSinceEpoch - openedOn.daysSinceEpoch
        func tenure(atLeast minimum: Int) -> Int {
            let drawn = minimum + Int(-900 * log1p(-random.unit() * 0.999))
            return min(drawn, max(minimum, longest))
        }
        let training = random.within(26...33)
        switch status {
        case .training:
            hiredOn = today.adding(days: -random.within(3...training - 1))
            statusOn = hiredOn
            contactsFrom = nil
            contactsUntil = nil
        case .nesting:
            hiredOn = today.adding(days: -random.within(training + 2...training + 28))
            statusOn = hiredOn.adding(days: training)
            contactsFrom = statusOn
            contactsUntil = nil
        case .live:
            hiredOn = today.adding(days: -tenure(atLeast: 80))
            statusOn = hiredOn.adding(days: training + random.within(28...40))
            contactsFrom = hiredOn.adding(days: training)
            contactsUntil = nil
        case .leave:
            hiredOn = today.adding(days: -tenure(atLeast: 150))
            statusOn = today.adding(days: -random.within(3...60))
            contactsFrom = hiredOn.adding(days: training)
            contactsUntil = statusOn
        case .left:
            hiredOn = today.adding(days: -tenure(atLeast: 120))
            let served = today.daysSinceEpoch - hiredOn.daysSinceEpoch
            statusOn = hiredOn.adding(days: random.within(60...served - 7))
            contactsFrom = hiredOn.adding(days: training)
            contactsUntil = statusOn
        }
    }
}
