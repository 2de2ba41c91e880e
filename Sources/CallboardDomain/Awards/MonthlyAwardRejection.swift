import Foundation

/// Why closing a month's award was refused, in a sentence a site director understands.
public enum MonthlyAwardRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case siteNotOpened(SiteID)
    /// The month has not ended on the site's clock; it can be closed from `closesOn`.
    case monthNotOver(SiteID, LocalMonth, closesOn: LocalDate)
    case alreadyGranted(SiteID, LocalMonth, agent: AgentID, on: LocalDate)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .siteNotOpened(site):
            "Site \(site) has not been opened (field siteID)."
        case let .monthNotOver(site, month, closesOn):
            "The month \(month) is not over at site \(site); it can be closed from \(closesOn), site time."
        case let .alreadyGranted(site, month, agent, day):
            "The award of site \(site) for \(month) was already granted on \(day) to agent \(agent); a closed "
                + "month is never rewritten, and later data is shown next to the granted result."
        }
    }
}
