import CallboardDomain
import CallboardReports
import CallboardProjections
import Foundation

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
            let problem = TimeZoneID.problem(with: parameter)
            guard problem == nil, parameter.contains("/") || parameter == "UTC",
                  let zone = TimeZoneID(parameter).timeZone else {
                let rule = problem?.description ?? "must be an IANA Area/Location timezone such as America/New_York, or UTC"
                throw .badParameter("tz", "\(rule), but was '\(QueryParameters.visible(parameter))'")
            }
            return ReaderClock(zoneID: TimeZoneID(parameter), zone: zone)
        }
        let id = fallback ?? TimeZoneID("UTC")
        guard let zone = id.timeZone else { return ReaderClock(zoneID: "UTC", zone: TimeZone(identifier: "UTC")!) }
        return ReaderClock(zoneID: id, zone: zone)
    }

    /// The first instant of `date` on this clock.
    func start(of date: LocalDate) -> Date { LocalDay(date, in: zone).start }

    /// A renderer for many instants (it remembers offsets hour by hour).
    func renderer() -> InstantRenderer { InstantRenderer(zone: zone) }
}
