/// What a given number of agents achieves against a queue in one interval.
///
/// Exists so that every model (Erlang C, Erlang A, chat) reports the same figures a
/// scheduler reads off a plan, and so a goal can be checked against any of them.
public struct QueuePerformance: Sendable, Hashable {
    /// Offered load in Erlangs (contacts x handle time / interval).
    public let trafficIntensity: Double
    /// The threshold the service level refers to, in seconds.
    public let thresholdSeconds: Double
    /// Share of contacts meeting the threshold, in [0, 1].
    public let serviceLevel: Double
    /// Average speed of answer of answered contacts, in seconds; infinite when the
    /// queue cannot keep up (Erlang C with agents <= traffic) or nobody is answered.
    public let averageSpeedOfAnswer: Double
    /// Share of agents' available time spent handling, in [0, 1].
    public let occupancy: Double
    /// Share of contacts that have to wait at all, in [0, 1].
    public let probabilityOfWaiting: Double
    /// Share of contacts that abandon, or `nil` when the model has no abandonment.
    public let probabilityOfAbandonment: Double?

    public init(
        trafficIntensity: Double,
        thresholdSeconds: Double,
        serviceLevel: Double,
        averageSpeedOfAnswer: Double,
        occupancy: Double,
        probabilityOfWaiting: Double,
        probabilityOfAbandonment: Double?
    ) {
        self.trafficIntensity = trafficIntensity
        self.thresholdSeconds = thresholdSeconds
        self.serviceLevel = serviceLevel
        self.averageSpeedOfAnswer = averageSpeedOfAnswer
        self.occupancy = occupancy
        self.probabilityOfWaiting = probabilityOfWaiting
        self.probabilityOfAbandonment = probabilityOfAbandonment
    }
}
