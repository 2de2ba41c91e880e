extension LocalDate {
    /// The same day `months` calendar months later (earlier when negative), moved back to the
    /// month's last day when it has no such day: a 12-month certification granted on
    /// 2024-02-29 expires on 2025-02-28, one granted on 31 January for 1 month on 28 or 29 February.
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        guard let date = LocalDate(year: newYear, month: newMonth, day: newDay) else {
            preconditionFailure("month arithmetic left the years 1-9999: \(self) + \(months) months")
        }
        return date
    }
}
