import Forecasting

/// A queue's ``KnownDays`` in a canonical, encodable order, for the inputs fingerprint: a
/// closure, confirmation or campaign recorded or withdrawn changes the fingerprint, so the
/// next season run publishes a new revision.
struct KnownDaysInputs: Encodable {
    struct Closure: Encodable {
        let day: Int
        let reason: String
    }

    let closures: [Closure]
    let confirmedReal: [Int]
    let campaigns: [DemandCampaign]

    init(_ known: KnownDays) {
        closures = known.closures.keys.sorted().map { Closure(day: $0.daysSinceEpoch, reason: known.closures[$0] ?? "") }
        confirmedReal = known.confirmedReal.map(\.daysSinceEpoch).sorted()
        campaigns = known.campaigns.sorted { ($0.days.lowerBound, $0.name) < ($1.days.lowerBound, $1.name) }
    }
}
