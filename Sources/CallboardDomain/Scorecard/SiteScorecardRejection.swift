/// Why a scorecard configuration was refused, in a sentence a site director understands.
public enum SiteScorecardRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case invalidConfiguration(ScorecardConfigurationError)
    case siteNotOpened(SiteID)
    case siteClosed(SiteID)
    /// `month` is before the site's current month: its scorecard may already be closed.
    case monthAlreadyOver(SiteID, LocalMonth, current: LocalMonth)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .invalidConfiguration(error):
            error.description
        case let .siteNotOpened(site):
            "Site \(site) has not been opened (field siteID)."
        case let .siteClosed(site):
            "Site \(site) is closed and accepts no more changes."
        case let .monthAlreadyOver(site, month, current):
            "The month \(month) is over at site \(site) (it is \(current) there); a scorecard can be configured "
                + "from \(current) on, so a month already scored is never rewritten (field effectiveFrom)."
        }
    }
}
