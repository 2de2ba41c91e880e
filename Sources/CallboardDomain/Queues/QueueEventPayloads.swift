import Foundation

/// A queue started taking contacts for a client: one account, channel, language and
/// (optionally) market, on the market's clock, with its hours and first SLA.
public struct QueueOpened: EventPayload {
    public static let eventType = "QueueOpened"
    public let queueID: QueueID
    public let accountID: AccountID
    public let channel: Channel
    public let language: LanguageCode
    public let market: CountryCode?
    public let timeZone: TimeZoneID
    public let hours: HoursOfOperation
    public let sla: ServiceLevelAgreement
    public let slaEffectiveFrom: Date
    public var naturalKey: String { queueID.rawValue }
}

/// A queue's SLA changes from an instant on (earlier intervals keep the earlier SLA).
public struct QueueSLAChanged: EventPayload {
    public static let eventType = "QueueSLAChanged"
    public let queueID: QueueID
    public let sla: ServiceLevelAgreement
    public let effectiveFrom: Date
    public var naturalKey: String { CallboardDomain.naturalKey(queueID, EventJSON.format(effectiveFrom)) }
}

/// A queue stopped taking contacts; no shifts can be planned on it any more.
public struct QueueClosed: EventPayload {
    public static let eventType = "QueueClosed"
    public let queueID: QueueID
    public let closedOn: LocalDate
    public let reason: String
    public var naturalKey: String { queueID.rawValue }
}

/// A queue takes no contacts for the whole of one local day on its market's clock (a client's
/// own closure, a site event), though its hours say it would be open: a fact a forecast can
/// read as a closed day, not as a day of zero demand.
///
/// `recording` counts the closures of this day (1 for the first, one more after each
/// withdrawal), so closing the day again after a withdrawal is a new event, not the first
/// one's id stored again (and ignored); events written before it existed read as 1.
public struct QueueClosureRecorded: EventPayload {
    public static let eventType = "QueueClosureRecorded"
    public let queueID: QueueID
    /// The local day on the queue's market clock.
    public let day: LocalDate
    public let reason: String
    public let recording: Int
    public var naturalKey: String { ClosureKey.make(queueID, day, recording) }

    public init(queueID: QueueID, day: LocalDate, reason: String, recording: Int = 1) {
        self.queueID = queueID
        self.day = day
        self.reason = reason
        self.recording = recording
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClosureKey.Field.self)
        self.init(queueID: try c.decode(QueueID.self, forKey: .queueID), day: try c.decode(LocalDate.self, forKey: .day),
                  reason: try c.decode(String.self, forKey: .reason),
                  recording: try c.decodeIfPresent(Int.self, forKey: .recording) ?? 1)
    }
}

/// A closure recorded by mistake is withdrawn: the day is open again as its hours say. The
/// recorded closure stays in the log.
public struct QueueClosureWithdrawn: EventPayload {
    public static let eventType = "QueueClosureWithdrawn"
    public let queueID: QueueID
    public let day: LocalDate
    public let reason: String
    /// The recording withdrawn (see ``QueueClosureRecorded/recording``).
    public let recording: Int
    public var naturalKey: String { ClosureKey.make(queueID, day, recording) }

    public init(queueID: QueueID, day: LocalDate, reason: String, recording: Int = 1) {
        self.queueID = queueID
        self.day = day
        self.reason = reason
        self.recording = recording
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClosureKey.Field.self)
        self.init(queueID: try c.decode(QueueID.self, forKey: .queueID), day: try c.decode(LocalDate.self, forKey: .day),
                  reason: try c.decode(String.self, forKey: .reason),
                  recording: try c.decodeIfPresent(Int.self, forKey: .recording) ?? 1)
    }
}

/// The natural key and stored fields of closure events: the first recording keeps the key
/// closures always had (queue and day), so their ids do not change.
enum ClosureKey {
    enum Field: String, CodingKey { case queueID, day, reason, recording }

    static func make(_ queue: QueueID, _ day: LocalDate, _ recording: Int) -> String {
        recording == 1 ? naturalKey(queue, day.description) : naturalKey(queue, day.description, String(recording))
    }
}

/// A user confirmed that a queue's local day was real demand although it looks unusual (far
/// below or above what the forecaster expected): the forecaster learns from it instead of
/// setting it aside as an outage or a spike.
///
/// `confirmation` counts the confirmations of this day (1 for the first, one more after each
/// withdrawal), so confirming the day again after a withdrawal is a new event.
public struct QueueDayConfirmedReal: EventPayload {
    public static let eventType = "QueueDayConfirmedReal"
    public let queueID: QueueID
    /// The local day on the queue's market clock.
    public let day: LocalDate
    public let reason: String
    public let confirmation: Int
    public var naturalKey: String { CallboardDomain.naturalKey(queueID, day.description, String(confirmation)) }
}

/// A confirmation given by mistake is withdrawn: the forecaster screens the day again. The
/// confirmation stays in the log.
public struct QueueDayConfirmationWithdrawn: EventPayload {
    public static let eventType = "QueueDayConfirmationWithdrawn"
    public let queueID: QueueID
    public let day: LocalDate
    public let reason: String
    /// The confirmation withdrawn (see ``QueueDayConfirmedReal/confirmation``).
    public let confirmation: Int
    public var naturalKey: String { CallboardDomain.naturalKey(queueID, day.description, String(confirmation)) }
}
