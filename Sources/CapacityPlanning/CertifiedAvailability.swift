import Forecasting

/// Certified agents for one queue at one site on one local day: the supply side of the
/// capacity projection, and the seam certification plugs into.
///
/// Exists so the capacity maths does not care where "certified" comes from: the reader in
/// `CallboardProjections` (``CertifiedAvailabilitySource`` implemented by
/// `CertifiedAvailabilityReader`) derives it from the roster, the schedule and the
/// certifications read model.
public struct CertifiedAvailability: Sendable, Hashable, Codable {
    public let queueID: String
    public let siteID: String
    /// The queue's language.
    public let language: String
    public let day: LocalDate
    /// Agents certified for the queue and able to work that day (live, at the site).
    public let available: Int
    /// Of those, agents with a shift on the queue that day.
    public let scheduled: Int
    /// Live agents at the site who speak the language but are not yet certified for the
    /// queue: the cross-training pool.
    public let crossTrainable: Int

    public init(queueID: String, siteID: String, language: String, day: LocalDate, available: Int,
                scheduled: Int, crossTrainable: Int) {
        self.queueID = queueID
        self.siteID = siteID
        self.language = language
        self.day = day
        self.available = available
        self.scheduled = scheduled
        self.crossTrainable = crossTrainable
    }
}

/// A queue whose certified supply is asked for: its id and language.
public struct SupplyQueue: Sendable, Hashable {
    public let queueID: String
    public let language: String
    /// The market timezone the queue's days are read in.
    public let timeZoneIdentifier: String

    public init(queueID: String, language: String, timeZoneIdentifier: String) {
        self.queueID = queueID
        self.language = language
        self.timeZoneIdentifier = timeZoneIdentifier
    }
}

/// Where certified availability comes from. The forecast job receives one and asks it
/// once per run for all queues and days of the season; rows missing for a queue, site and
/// day mean nobody is available there.
public protocol CertifiedAvailabilitySource: Sendable {
    func availability(of queues: [SupplyQueue], on days: [LocalDate]) async throws -> [CertifiedAvailability]
}
