import CallboardDomain

/// `sites.csv`: one row opens one contact-centre site.
public enum SitesFormat: ImportFormat {
    public typealias Rules = Site

    public static let kind = ImportKind.sites
    public static let columns = ColumnSet(
        required: ["site_id", "name", "country", "timezone", "seats", "languages", "opened_on"],
        optional: ["max_shift_hours", "holidays"])

    static let fieldColumns = [
        "siteID": "site_id", "timeZone": "timezone", "holidays.name": "holidays",
        "maximumShiftMinutes": "max_shift_hours",
    ]

    public static func commands(reading row: inout RowReader) -> [SiteCommand]? {
        let seats = row.required("seats", FieldSyntax.integer)
        let languages = row.required("languages") { FieldSyntax.list($0).map { LanguageCode($0) } }
        let openedOn = row.required("opened_on", FieldSyntax.date)
        let holidays = row.optional("holidays") { text throws(FieldSyntaxError) in
            try FieldSyntax.list(text, FieldSyntax.holiday)
        }
        let maximumShiftMinutes = row.optional("max_shift_hours", FieldSyntax.shiftMinutes(hours:))
        guard let seats, let languages, let openedOn, !row.hasProblems else { return nil }
        return [.open(OpenSite(
            siteID: SiteID(row.text("site_id")), name: row.text("name"), country: CountryCode(row.text("country")),
            timeZone: TimeZoneID(row.text("timezone")), seats: seats, languages: languages,
            holidays: holidays ?? [], maximumShiftMinutes: maximumShiftMinutes ?? OpenSite.defaultMaximumShiftMinutes,
            openedOn: openedOn))]
    }

    public static func problems(explaining rejection: SiteRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .holidayDateTaken: [ColumnProblem(rejection, column: "holidays")]
        case .alreadyOpened, .notOpened, .closed: [ColumnProblem(rejection, column: "site_id")]
        }
    }
}
