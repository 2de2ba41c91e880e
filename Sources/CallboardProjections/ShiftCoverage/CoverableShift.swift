import CallboardDomain
import Foundation
import Projections

/// The shifts the coverage read model can count: instants and local times in the years
/// 1-9999, an end after the start at most a week later, breaks of at most a day. A shift
/// outside them (one an older version or a bug let into the log) is refused as a poison
/// event and quarantined, instead of trapping in the half-hour arithmetic or storing a
/// local time no report can read back.
enum CoverableShift {
    /// The longest real time from start to end the read model splits into half hours.
    static let longestElapsed: TimeInterval = 7 * 86_400

    static func check(_ shift: ShiftPlanned) throws(UncoverableShift) {
        func refuse(_ reason: String) -> UncoverableShift {
            UncoverableShift(agentID: shift.agentID.rawValue, shiftID: shift.shiftID.rawValue, reason: reason)
        }
        do {
            _ = try StorableInstant.checked([shift.start, shift.end] + shift.breaks.map(\.start))
        } catch {
            throw refuse(error.description)
        }
        for local in [shift.localStart, shift.localEnd] + shift.breaks.map(\.localStart)
        where !(1...9999).contains(local.date.year) {
            throw refuse("the local time \(local) lies outside the years 1-9999")
        }
        let elapsed = shift.end.timeIntervalSince(shift.start)
        guard elapsed > 0, elapsed <= longestElapsed else {
            throw refuse("it lasts \(elapsed) s from start to end; coverage counts shifts of up to a week")
        }
        if let long = shift.breaks.first(where: { !(0...1440).contains($0.minutes) }) {
            throw refuse("a break of \(long.minutes) minutes; coverage counts breaks of up to a day")
        }
    }
}

/// A planned shift the coverage read model cannot count (see ``CoverableShift``).
struct UncoverableShift: PoisonEventError {
    let agentID: String
    let shiftID: String
    let reason: String

    var description: String { "shift \(shiftID) of agent \(agentID) cannot be counted: \(reason)" }
}
