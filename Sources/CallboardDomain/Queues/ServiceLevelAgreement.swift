/// The service level a client buys for a queue: what "good service" means in the contract,
/// and therefore what staffing must achieve.
public enum ServiceLevelAgreement: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Voice and chat: `percent`% of contacts answered within `withinSeconds` (80/20).
    /// Contacts abandoned within `shortAbandonSeconds` are left out of the denominator.
    case answered(percent: Double, withinSeconds: Int, shortAbandonSeconds: Int)
    /// Email and social messages: `percent`% first responded to within `withinHours`, counted
    /// on `clock` (`90/24h`, `95/24h business`).
    ///
    /// `percent` is nil only in SLAs recorded before contracts stated it (events without the
    /// field): those are judged against ``legacyFirstResponsePercent``. Commands must state it.
    case firstResponse(withinHours: Int, clock: ResponseClock, percent: Double? = nil)

    /// The share a first-response SLA without a stated percent is judged against: 95%, the
    /// convention applied before contracts stated one. Only SLAs recorded before then (old
    /// `QueueOpened` and `QueueSLAChanged` events) lack it; new ones must state their own.
    public static let legacyFirstResponsePercent = 95.0

    /// Whether this kind of target applies to `channel`.
    public func fits(_ channel: Channel) -> Bool {
        switch self {
        case .answered: channel.isRealTime
        case .firstResponse: !channel.isRealTime
        }
    }

    /// The percent of contacts the SLA asks to be handled in time (the legacy default for a
    /// first-response SLA recorded without one).
    public var targetPercent: Double {
        switch self {
        case let .answered(percent, _, _): percent
        case let .firstResponse(_, _, percent): percent ?? Self.legacyFirstResponsePercent
        }
    }

    /// ``targetPercent`` as a share (0...1).
    public var targetShare: Double { targetPercent / 100 }

    /// False only for a first-response SLA recorded before contracts stated their percent.
    public var statesTarget: Bool {
        if case .firstResponse(_, _, nil) = self { return false }
        return true
    }

    public var description: String {
        switch self {
        case let .answered(percent, seconds, shortAbandon):
            "\(Wording.number(percent))% answered within \(seconds) s (abandons under \(shortAbandon) s excluded)"
        case let .firstResponse(hours, clock, percent?):
            "\(Wording.number(percent))% first responded within \(hours) h (\(clock.phrase))"
        case let .firstResponse(hours, clock, nil):
            "first response within \(hours) h (\(clock.phrase)), no percent stated "
                + "(judged against the \(Wording.number(Self.legacyFirstResponsePercent))% default)"
        }
    }
}

/// The clock a response-time target runs on: Amazon, for one, counts 24 h including weekends.
public enum ResponseClock: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every hour counts, nights and weekends included.
    case allHours
    /// Only the queue's hours of operation count.
    case businessHours

    var phrase: String { self == .allHours ? "24/7 clock" : "business-hours clock" }
}

extension FieldChecks {
    mutating func requireServiceLevel(_ sla: ServiceLevelAgreement, for channel: Channel, _ field: String) {
        let kind = channel.isRealTime ? "a percent-answered-within-seconds target"
                                      : "a first-response-within-hours target"
        require(sla.fits(channel), field, "\(sla)", "must be \(kind) for a \(channel) queue")
        switch sla {
        case let .answered(percent, seconds, shortAbandon):
            require(percent > 0 && percent <= 100, "\(field).percent", Wording.number(percent),
                    "must be more than 0 and at most 100")
            require(seconds, within: InputLimits.serviceLevelSeconds, "\(field).withinSeconds")
            require(shortAbandon, within: InputLimits.shortAbandonSeconds, "\(field).shortAbandonSeconds")
        case let .firstResponse(hours, _, percent):
            require(hours, within: InputLimits.firstResponseHours, "\(field).withinHours")
            if let percent {
                require(percent > 0 && percent <= 100, "\(field).percent", Wording.number(percent),
                        "must be more than 0 and at most 100")
            } else if sla.fits(channel) {
                require(false, "\(field).percent", "not stated",
                        "must state the share to respond to in time, e.g. 95/\(hours)h")
            }
        }
    }
}
