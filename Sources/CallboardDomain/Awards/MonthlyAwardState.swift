/// A site-month's award, once granted: the only thing a closing decision needs, since a
/// month is closed once.
public struct MonthlyAwardState: Sendable, Equatable {
    public let granted: AwardGranted

    init(_ granted: AwardGranted) { self.granted = granted }
}
