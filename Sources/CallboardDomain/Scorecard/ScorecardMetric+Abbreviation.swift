/// The short names site directors read in scorecard columns (`qa_pts`, `aht_norm`): one
/// spelling for the terminal, CSV, JSON and the report definitions.
extension ScorecardMetric {
    /// `qa`, `csat`, `fcr`, `adh`, `aht`, `comm`.
    public var abbreviation: String {
        switch self {
        case .qualityAssurance: "qa"
        case .customerSatisfaction: "csat"
        case .firstContactResolution: "fcr"
        case .adherence: "adh"
        case .handleTime: "aht"
        case .commendations: "comm"
        }
    }
}
