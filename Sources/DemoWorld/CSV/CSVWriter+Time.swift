import CivilCalendar

/// The date and time fields of the import formats: dates `YYYY-MM-DD`, local times `HH:MM`,
/// instants ISO 8601 in UTC (`2026-11-27T14:30:00Z`) or with an offset (`+08:00`).
extension CSVWriter {
    /// A date field.
    mutating func date(_ date: LocalDate) {
        separate()
        appendDate(date)
    }

    /// A local wall-clock time field, `minutes` after midnight.
    mutating func time(minutes: Int) {
        separate()
        appendClock(minutes.floorModulo(1_440))
    }

    /// An instant field in UTC.
    mutating func instant(_ seconds: Int) {
        separate()
        appendStamp(seconds)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// An instant field written as the wall clock `offset` seconds east of UTC shows it.
    mutating func instant(_ seconds: Int, offset: Int) {
        separate()
        appendStamp(seconds + offset)
        if offset == 0 {
            bytes.append(UInt8(ascii: "Z"))
            return
        }
        bytes.append(UInt8(ascii: offset < 0 ? "-" : "+"))
        appendClock(abs(offset) / 60)
    }

    /// The bytes of `YYYY-MM-DDT` for a UTC day: interval files reuse them for 48 rows.
    static func dayStamp(_ date: LocalDate) -> [UInt8] {
        var writer = CSVWriter()
        writer.appendDate(date)
        writer.bytes.append(UInt8(ascii: "T"))
        return writer.bytes
    }

    /// The bytes of `HH:MM:00Z` for each of the 48 half-hour interval starts of a day.
    static let halfHourStamps: [[UInt8]] = (0..<48).map { slot in
        var writer = CSVWriter()
        writer.appendClock(slot * 30)
        writer.appendASCII(":00Z")
        return writer.bytes
    }

    /// The bytes of `HH:MM:00Z` for each interval start of a day of `minutes`-long intervals.
    static func intervalStamps(minutes: Int) -> [[UInt8]] {
        minutes == 30 ? halfHourStamps : (0..<(1440 / minutes)).map { slot in
            var writer = CSVWriter()
            writer.appendClock(slot * minutes)
            writer.appendASCII(":00Z")
            return writer.bytes
        }
    }

    private mutating func appendDate(_ date: LocalDate) {
        let (year, month, day) = date.components
        appendDigits(year)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(month)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(day)
    }

    private mutating func appendClock(_ minutes: Int) {
        appendTwoDigits(minutes / 60)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(minutes % 60)
    }

    private mutating func appendStamp(_ wallSeconds: Int) {
        let date = LocalDate(containing: wallSeconds)
        let secondOfDay = wallSeconds - date.midnightSeconds
        appendDate(date)
        bytes.append(UInt8(ascii: "T"))
        appendClock(secondOfDay / 60)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay % 60)
    }
}
