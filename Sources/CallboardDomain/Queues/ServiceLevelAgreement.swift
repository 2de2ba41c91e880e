/// The service level a client buys for a queue: what "good service" means in the contract,
/// and therefore what staffing must achieve.
public enum ServiceLevelAgreement: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Voice and chat: `percent`% of contacts answered within `withinSeconds` (80/20).
    /// Contacts abandoned within `shortAbandonSeconds` are left out of the denominator.
    case answered(percent: Double, withinSeconds: Int, shortAbandonSeconds: Int)
    /// Email and social messages: first response within `withinHours`, counted on `clock`.
    case firstResponse(withinHours: Int, clock: ResponseClock)

    /// Whether this kind of target applies to `channel`.
    public func fits(_ channel: Channel) -> Bool {
        switch self {
        case .answered: channel.isRealTime
        case .firstResponse: !channel.isRealTime
        }
    }

    public var description: String {
        switch self {
        case let .answered(percent, seconds, shortAbandon):
            "\(Wording.number(percent))% answered within \(seconds) s (abandons under \(shortAbandon) s excluded)"
        case let .firstResponse(hours, clock):
            "first response within \(hours) h (\(clock.phrase))"
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
        case let .firstResponse(hours, _):
            require(hours, within: InputLimits.firstResponseHours, "\(field).withinHours")
        }
    }
}
