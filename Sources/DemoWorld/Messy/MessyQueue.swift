import CivilCalendar
import Foundation

/// The expected volume of the messy world's two queues per local day and half hour, before
/// noise: the call centre (weekday queue, lunchtime dip, Monday heaviest, slow growth) and
/// the retail queue (every day, evening-heavy, weekend-heavy, a December run-up peaking the
/// week before Christmas, a quiet Christmas Day and a Boxing Day sale).
enum MessyQueue {
    /// Call centre: Monday ... Friday relative volume.
    static let callCentreWeekdays = [1.18, 1.05, 1.0, 0.98, 0.9, 0, 0]
    /// Retail: Monday ... Sunday relative volume.
    static let retailWeekdays = [0.95, 0.92, 0.93, 0.97, 1.05, 1.12, 1.06]

    /// Relative call-centre intensity of a local half hour (0 outside 08:00-18:00).
    static func callCentreIntensity(halfHour: Int) -> Double {
        guard (16..<36).contains(halfHour) else { return 0 }
        let hour = Double(halfHour) / 2 + 0.25
        return exp(-pow((hour - 10.5) / 1.6, 2) / 2) + 0.8 * exp(-pow((hour - 14.5) / 1.8, 2) / 2) + 0.15
    }

    /// Relative retail intensity of a local hour (the same for both half hours of it).
    static func retailIntensity(halfHour: Int) -> Double {
        let hour = Double(halfHour / 2) + 0.5
        return 0.06 + 0.7 * exp(-pow((hour - 12.5) / 2.5, 2) / 2) + 1.0 * exp(-pow((hour - 20) / 2.2, 2) / 2)
    }

    /// The retail queue's seasonal multiplier on a local day: the Christmas run-up.
    static func christmas(_ day: LocalDate) -> Double {
        switch (day.month, day.day) {
        case (11, 20...30): 1 + 0.01 * Double(day.day - 19)
        case (12, 1...21): 1.12 + 0.028 * Double(day.day)
        case (12, 22), (12, 23): 1.5
        case (12, 24): 0.75
        case (12, 25): 0.3
        case (12, 26): 1.55
        case (12, 27...31): 1.2
        case (1, 1): 0.6
        case (1, 2...10): 1.1
        default: 1
        }
    }
}
