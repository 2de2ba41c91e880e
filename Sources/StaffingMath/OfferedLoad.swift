/// The work arriving at a queue in one interval: how many contacts, how long each takes.
///
/// Exists because every model starts from the same three inputs and the same checks;
/// the Erlang is the unit planners compare intervals in (10 Erlangs = ten agents' worth
/// of continuous work).
public struct OfferedLoad: Sendable, Hashable {
    /// Contacts offered in the interval.
    public let contacts: Double
    /// Interval length in seconds.
    public let intervalSeconds: Double
    /// Average handle time per contact in seconds (talk + hold + wrap-up).
    public let averageHandleTime: Double

    public init(contacts: Double, intervalSeconds: Double, averageHandleTimeSeconds: Double) throws(StaffingInputError) {
        guard intervalSeconds > 0, intervalSeconds.isFinite else { throw .nonPositiveInterval(seconds: intervalSeconds) }
        guard contacts >= 0, contacts.isFinite else { throw .negativeContacts(contacts) }
        guard averageHandleTimeSeconds > 0, averageHandleTimeSeconds.isFinite else {
            throw .nonPositiveHandleTime(seconds: averageHandleTimeSeconds)
        }
        self.contacts = contacts
        self.intervalSeconds = intervalSeconds
        self.averageHandleTime = averageHandleTimeSeconds
    }

    /// Contacts per second.
    public var arrivalRate: Double { contacts / intervalSeconds }

    /// Offered load in Erlangs: contacts x AHT / interval seconds.
    public var trafficIntensity: Double { contacts * averageHandleTime / intervalSeconds }
}
