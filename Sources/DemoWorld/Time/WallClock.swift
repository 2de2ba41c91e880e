import Foundation

/// The planning rule for local times, the same one the importer applies to shifts: a
/// wall-clock time inside a spring-forward gap never happens and one inside a fall-back
/// overlap happens twice; the generator only plans times that happen exactly once.
enum WallClock {
    /// The one instant (seconds since the epoch) a local reading denotes in `zone`, or nil
    /// when clocks skip it or show it twice.
    static func uniqueInstant(ofLocal localSeconds: Int, in zone: TimeZone) -> Int? {
        func offset(_ seconds: Int) -> Int {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        let offsets = Set([-86_400, 0, 86_400].map { offset(localSeconds + $0) })
        let candidates = Set(offsets.map { localSeconds - $0 }.filter { offset($0) == localSeconds - $0 })
        return candidates.count == 1 ? candidates.first : nil
    }
}
