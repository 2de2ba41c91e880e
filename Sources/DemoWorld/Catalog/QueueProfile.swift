/// One queue of the demo world (account x channel x language x market) with what the
/// queues file says about it and what the demand model needs: today's ordinary daily volume
/// and the channel's average handle time.
struct QueueProfile: Sendable {
    private(set) var id: String
    private(set) var account: String
    let channel: Channel
    let language: String
    let market: String
    let timeZoneID: String
    let hours: QueueHours
    let sla: ServiceTarget
    /// Contacts on an ordinary day around `now`, before weekly shape, peaks and noise.
    let dailyVolume: Double
    /// Average handle time in seconds (for email and social: work per first response).
    let handleSeconds: Double

    init(_ account: String, _ channel: Channel, _ language: String, _ market: String,
         _ hours: QueueHours, _ sla: ServiceTarget, volume: Double, handle: Double) {
        id = "\(account)-\(channel.rawValue)-\(language)-\(market.lowercased())"
        self.account = account
        self.channel = channel
        self.language = language
        self.market = market
        timeZoneID = Market.timeZoneID(of: market)
        self.hours = hours
        self.sla = sla
        dailyVolume = volume
        handleSeconds = handle
    }

    /// The same queue run for `account` (another region's copy of the client): its ID follows.
    func owned(by account: String) -> QueueProfile {
        var queue = self
        queue.account = account
        queue.id = "\(account)-\(channel.rawValue)-\(language)-\(market.lowercased())"
        return queue
    }
}
