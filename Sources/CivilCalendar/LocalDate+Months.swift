extension LocalDate {
    /// The same day `months` calendar months later (earlier when negative), moved back to the
    /// month's last day when it has no such day: a 12-month certification granted on
    /// 2024-02-29 expires on 2025-02-28, one granted on 31 January for 1 month on 28 or 29 February.
    /// Nil when the result leaves the years 1-9999 that dates are written in.
    public func adding(months: Int) -> LocalDate? {
        let (year, month, day) = components
        let (shifted, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow else { return nil }
        let newYear = shifted >= 0 ? shifted / 12 : (shifted - 11) / 12
        let newMonth = shifted - newYear * 12 + 1
        guard (1...9999).contains(newYear) else { return nil }
        return LocalDate(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }
}
