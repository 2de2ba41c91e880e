/// Why a site command was refused, in a sentence a site director understands.
public enum SiteRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case alreadyOpened(SiteID)
    case notOpened(SiteID)
    case closed(SiteID)
    case holidayDateTaken(SiteID, date: LocalDate, existingName: String)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .alreadyOpened(site):
            "Site \(site) is already open; choose another site id."
        case let .notOpened(site):
            "Site \(site) has not been opened."
        case let .closed(site):
            "Site \(site) is closed and accepts no more changes."
        case let .holidayDateTaken(site, date, existing):
            "Site \(site) already has the holiday '\(existing)' on \(date) (field holiday.date)."
        }
    }
}
