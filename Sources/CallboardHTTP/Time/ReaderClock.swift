import CallboardDomain
import CallboardReports
import CallboardProjections
import Foundation
import Synchronization

/// The clock a client reads an export on: the `tz` parameter (an IANA name) or else the
/// account's market timezone. Every time parameter is read on it and every instant is
/// written on it, with its UTC offset (`2026-11-01T01:30:00-05:00`), so the two 01:30s of
/// a fall-back night stay apart.
struct ReaderClock: Sendable {
    let zoneID: TimeZoneID
    let zone: TimeZone

    /// The clock `tz` names, else `fallback`, else UTC; 400 naming `tz` for anything but an
    /// IANA `Area/Location` name of the timezone database or `UTC` (``TimeZoneID/problem(with:)``:
    /// no control characters, no abbreviations such as `EST`, no offsets such as `GMT+5`).
    static func resolve(_ parameter: String?, fallback: TimeZoneID?) throws(ExportError) -> ReaderClock {
        if let parameter {
            if parameter.contains("/") || parameter == "UTC", let zone = known(parameter) {
                return ReaderClock(zoneID: TimeZoneID(parameter), zone: zone)
            }
            let problem = TimeZoneID.problem(with: parameter)
            guard problem == nil, parameter.contains("/") || parameter == "UTC",
                  let zone = TimeZoneID(parameter).timeZone else {
                let rule = problem?.description ?? "must be an IANA Area/Location timezone such as America/New_York, or UTC"
                throw .badParameter("tz", "\(rule), but was '\(QueryParameters.visible(parameter))'")
            }
            remember(parameter, zone)
            return ReaderClock(zoneID: TimeZoneID(parameter), zone: zone)
        }
        let id = fallback ?? TimeZoneID("UTC")
        if let zone = known(id.rawValue) { return ReaderClock(zoneID: id, zone: zone) }
        guard let zone = id.timeZone else { return ReaderClock(zoneID: "UTC", zone: TimeZone(identifier: "UTC")!) }
        remember(id.rawValue, zone)
        return ReaderClock(zoneID: id, zone: zone)
    }

    /// Zones already resolved, by name: only names ``TimeZoneID/timeZone`` resolves (exact
    /// names of the timezone database, a few hundred), so checking and looking a name up again
    /// on every request is a dictionary read.
    private static let resolved = Mutex<[String: TimeZone]>([:])

    private static func known(_ name: String) -> TimeZone? { resolved.withLock { $0[name] } }

    private static func remember(_ name: String, _ zone: TimeZone) {
        resolved.withLock { zones in
            if zones.count > 4096 { zones.removeAll() }
            zones[name] = zone
        }
    }

    /// The first instant of `date` on this clock.
    func start(of date: LocalDate) -> Date { LocalDay(date, in: zone).start }

    /// A renderer for many instants (it remembers offsets hour by hour).
    func renderer() -> InstantRenderer { InstantRenderer(zone: zone) }
}
