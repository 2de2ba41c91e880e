/// Easter Sunday by the computus, the anchor of every movable Christian holiday (Good Friday,
/// Carnival, Ascension, Whit Monday, Corpus Christi).
///
/// Exists so Easter-relative holidays are rules, not tables: the dates follow from the year
/// alone, in pure integer maths.
enum Easter {
    /// Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func western(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// Orthodox Easter Sunday (Bulgaria): the Julian computus (Meeus), converted to the
    /// Gregorian calendar by the Julian-Gregorian gap of the year's century (13 days in 1900-2099).
    static func orthodox(_ year: Int) -> LocalDate {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let julianGap = year / 100 - year / 400 - 2
        // The Julian month/day read as a Gregorian date, then shifted by the gap.
        return LocalDate(year: year, month: month, day: day)!.adding(days: julianGap)
    }
}
