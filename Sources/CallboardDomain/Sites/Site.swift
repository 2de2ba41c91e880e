/// The business rules of a site's life: opening with a valid definition, changing seats,
/// adding holidays, closing. A closed site accepts no more changes.
public enum Site: Decider {
    public static func streamID(for command: SiteCommand) -> StreamID { .site(command.siteID) }

    public static func evolve(_ state: SiteState?, _ event: SiteEvent) -> SiteState {
        if case let .opened(opened) = event { return SiteState(opened) }
        guard var site = state else { preconditionFailure("site stream does not start with SiteOpened") }
        switch event {
        case .opened: break
        case let .seatsChanged(change): site.seats = change.seats
        case let .holidayAdded(added): site.holidays[added.holiday.date] = added.holiday.name
        case .closed: site.isClosed = true
        }
        return site
    }

    public static func decide(
        _ command: SiteCommand, state: SiteState?, context: Void = ()
    ) throws(SiteRejection) -> [SiteEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        if case let .open(open) = command { return try opening(open, state) }
        guard let site = state else { throw .notOpened(command.siteID) }
        guard !site.isClosed else { throw .closed(site.id) }
        switch command {
        case .open:
            return []
        case let .changeSeats(_, seats, effectiveOn):
            var checks = FieldChecks()
            checks.require(seats > 0, "seats", "\(seats)", "must be greater than zero")
            if seats > 0 { checks.require(seats, within: InputLimits.seats, "seats") }
            guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
            guard seats != site.seats else { return [] }
            return [.seatsChanged(.init(siteID: site.id, previousSeats: site.seats, seats: seats,
                                        effectiveOn: effectiveOn))]
        case let .addHoliday(_, holiday):
            var checks = FieldChecks()
            checks.requireText(holiday.name, "holiday.name")
            guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
            switch site.holidays[holiday.date] {
            case holiday.name: return []
            case let existing?: throw .holidayDateTaken(site.id, date: holiday.date, existingName: existing)
            case nil: return [.holidayAdded(.init(siteID: site.id, holiday: holiday))]
            }
        case let .close(_, closedOn, reason):
            return [.closed(.init(siteID: site.id, closedOn: closedOn, reason: reason))]
        }
    }

    private static func opening(_ open: OpenSite, _ state: SiteState?) throws(SiteRejection) -> [SiteEvent] {
        guard state == nil else { throw .alreadyOpened(open.siteID) }
        var checks = FieldChecks()
        checks.requireIdentifier(open.siteID, "siteID")
        checks.requireText(open.name, "name")
        checks.requireCountry(open.country, "country")
        checks.requireKnownTimeZone(open.timeZone, "timeZone")
        checks.require(open.seats > 0, "seats", "\(open.seats)", "must be greater than zero")
        if open.seats > 0 { checks.require(open.seats, within: InputLimits.seats, "seats") }
        checks.requireLanguages(open.languages, "languages")
        checks.require(Set(open.holidays.map(\.date)).count == open.holidays.count, "holidays",
                       Wording.list(open.holidays.map(\.date)), "must not list a date twice")
        for holiday in open.holidays { checks.requireText(holiday.name, "holidays.name") }
        checks.require((1...24 * 60).contains(open.maximumShiftMinutes), "maximumShiftMinutes",
                       "\(open.maximumShiftMinutes)", "must be between 1 and 1440 (24 hours)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        return [.opened(.init(
            siteID: open.siteID, name: open.name, country: open.country, timeZone: open.timeZone,
            seats: open.seats, languages: open.languages.sorted(),
            holidays: open.holidays.sorted { $0.date < $1.date },
            maximumShiftMinutes: open.maximumShiftMinutes, openedOn: open.openedOn))]
    }
}
