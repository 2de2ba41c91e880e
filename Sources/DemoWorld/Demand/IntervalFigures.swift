/// What the telephony or ticketing system reports for one queue interval, built so the
/// importer's consistency rules hold: handled + abandoned <= offered, answered within SLA
/// <= handled, short abandons <= abandons, handle time only when something was handled.
struct IntervalFigures: Sendable {
    var offered = 0
    var handled = 0
    var abandoned = 0
    var answeredWithinSLA = 0
    var handleSeconds = 0
    /// Abandons under the short-abandon threshold; nil when the queue's SLA has none.
    var shortAbandoned: Int?
}
