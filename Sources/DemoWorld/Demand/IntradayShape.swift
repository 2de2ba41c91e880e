/// How a day's contacts spread over the buyers' local clock, per channel: calls peak in
/// the late morning, chats and social messages in the evening after work, emails arrive
/// through the day. Shapes are in the MARKET's local time, so a US queue's peak stays at
/// 10:00 New York time whatever DST does to its UTC hour.
enum IntradayShape {
    /// Relative weight of each local hour 00-23.
    static func hourly(_ channel: Channel) -> [Double] {
        switch channel {
        case .voice:
            [0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.35, 0.7, 1.2, 1.6, 1.9, 1.7, 1.55, 1.6, 1.6, 1.5,
             1.4, 1.3, 1.1, 0.95, 0.8, 0.6, 0.4, 0.25]
        case .chat:
            [0.3, 0.2, 0.12, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.2, 1.35, 1.4, 1.4, 1.35, 1.35, 1.3,
             1.3, 1.35, 1.45, 1.6, 1.7, 1.5, 1.0, 0.55]
        case .email:
            [0.4, 0.3, 0.25, 0.2, 0.25, 0.35, 0.6, 0.9, 1.2, 1.4, 1.45, 1.4, 1.35, 1.35, 1.35, 1.3,
             1.25, 1.2, 1.15, 1.1, 1.0, 0.9, 0.7, 0.5]
        case .social:
            [0.5, 0.35, 0.25, 0.2, 0.2, 0.25, 0.4, 0.6, 0.8, 0.95, 1.05, 1.1, 1.2, 1.15, 1.1, 1.1,
             1.15, 1.25, 1.4, 1.55, 1.7, 1.6, 1.3, 0.85]
        }
    }

    /// Relative weight of each local half hour 00:00-23:30: the hour's weight, blended a
    /// quarter toward the neighbouring hour so the curve has no steps.
    static func halfHourly(_ channel: Channel) -> [Double] {
        let hours = hourly(channel)
        return (0..<48).map { slot in
            let hour = slot / 2
            let neighbour = slot % 2 == 0 ? (hour + 23) % 24 : (hour + 1) % 24
            return 0.75 * hours[hour] + 0.25 * hours[neighbour]
        }
    }

    /// The share of a local weekday's volume in each half hour of the week (index
    /// `weekday * 48 + halfHour`), spread only over the half hours `counted` says have
    /// figures (open hours for calls and chats; all day for messages, which arrive anyway).
    static func weeklyShares(_ channel: Channel, counted: [Bool]) -> [Double] {
        let weights = halfHourly(channel)
        var shares = Array(repeating: 0.0, count: 336)
        for weekday in 0..<7 {
            let slots = (0..<48).filter { counted[weekday * 48 + $0] }
            let total = slots.reduce(0.0) { $0 + weights[$1] }
            for slot in slots where total > 0 { shares[weekday * 48 + slot] = weights[slot] / total }
        }
        return shares
    }
}
