import Projections

/// Why the standing as-of views could not answer an as-of read where it ran: read models
/// whose views are missing or out of shape (`misfits`: the primary remakes them), or whose
/// history there has not reached the instant (`uncovered`: a lagging replica; the primary
/// answers).
struct StandingViewsUnavailable: Error {
    var misfits: [any Projection] = []
    var uncovered: [String] = []
}
