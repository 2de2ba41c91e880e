import CallboardDomain
import Scorecards

/// The seven figures of one scorecard metric as columns (`qa_raw` ... `qa_pts`) and cells,
/// shared by the standings and one agent's components.
enum MetricColumns {
    static func columns(_ metric: ScorecardMetric) -> [Column] {
        let prefix = metric.abbreviation
        return [
            Column("\(prefix)_raw", .decimal, nullable: true, "\(metric.name): the agent's figure; null without data."),
            Column("\(prefix)_n", .decimal, unit: metric.sampleUnit, "\(metric.name): observations the figure rests on."),
            Column("\(prefix)_norm", .decimal, nullable: true, "\(metric.name): the figure against target (1 = on target), capped."),
            Column("\(prefix)_cred", .decimal, "\(metric.name): the weight of the agent's own figure, n / (n + k)."),
            Column("\(prefix)_shrunk", .decimal, "\(metric.name): cred x norm + (1 - cred) x the site mean."),
            Column("\(prefix)_weight", .decimal, "\(metric.name): the metric's weight in the score."),
            Column("\(prefix)_pts", .decimal, unit: "points", "\(metric.name): weight x shrunk x 100."),
        ]
    }

    /// raw, n, norm, cred, shrunk, weight, pts: to thousandths, points to hundredths.
    static func cells(_ component: MetricComponent) -> [Cell] {
        [rounded(component.raw), rounded(component.sampleSize), rounded(component.normalised),
         rounded(component.credibility), rounded(component.shrunk), rounded(component.weight),
         rounded(component.points, scale: 100)]
    }

    /// To thousandths (`scale` 1000) or hundredths (100).
    static func rounded(_ value: Double?, scale: Double = 1000) -> Cell {
        guard let value else { return .null }
        return .decimal((value * scale).rounded() / scale)
    }
}
