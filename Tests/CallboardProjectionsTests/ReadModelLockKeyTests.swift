import CallboardProjections
@testable import Projections
import Testing

/// Every read model's advisory lock keys, pinned: a process applying or leading a read model
/// excludes another only if both derive the same keys, so they must never change value (an old
/// and a new build would then apply the same batch side by side). Computed by the code before
/// the keys were unified.
@Suite("Read model lock keys")
struct ReadModelLockKeyTests {
    static let pinned: [String: (apply: Int64, leader: Int64)] = [
        "account_last_changes": (3583389961650724188, -1925779681252214597),
        "api_tokens": (2642965491622819717, 1801298837024480850),
        "award_facts": (-200107535608276133, 4522436557198591354),
        "certifications": (7722691223628180785, -629541364989133262),
        "client_accounts": (1134427512474008494, -1004986252208305369),
        "demand_facts": (7347707190266207205, 5779657126909331746),
        "forecast_confidence": (8204370921388608456, -2624714942397536271),
        "peak_forecasts": (8671082663110659820, 6953258550994853807),
        "queue_intervals": (-7515843664784035316, -1370565439219718759),
        "shift_coverage": (4816074392800005029, 4990283108768525258),
        "service_level_hours": (7959244568021962208, 3120124121203456817),
        "site_roster": (3402576487968372105, -3071706365427179512),
        "sla_months": (-4512834866075188422, -6180584842453447419),
    ]

    @Test("The apply and leader keys of every read model keep their values")
    func pinnedKeys() {
        for projection in CallboardReadModels.all {
            guard let keys = Self.pinned[projection.name] else {
                Issue.record("""
                    read model \(projection.name) has no pinned lock keys: add \
                    "\(projection.name)": (\(projection.applyLockKey), \(projection.leaderLockKey)) to `pinned`
                    """)
                continue
            }
            #expect(projection.applyLockKey == keys.apply, "\(projection.name) apply")
            #expect(projection.leaderLockKey == keys.leader, "\(projection.name) leader")
        }
    }
}
