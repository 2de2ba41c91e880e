import ArgumentParser
import CallboardDomain

/// The ranges `staffing erlang` accepts before any maths runs, so every answer is computable
/// (the calculators count agents in whole numbers) and a typo is named with its option.
enum StaffingLimits {
    /// The longest interval or response window: 31 days.
    static let longestWindowSeconds = 31.0 * 86_400
    /// The longest handle time, patience or answer target: one day.
    static let longestContactSeconds = 86_400.0
    static let concurrency = WholeNumberLimit(1...100)

    static func check(
        contacts: Double, interval: Double, aht: Double, patience: Double?, asa: Double?, concurrency: Int,
        numbers: [(String, Double?)]
    ) throws {
        let contactsLimit = InputLimits.contactsPerInterval
        guard contacts.isFinite, contacts >= Double(contactsLimit.range.lowerBound) else {
            throw ValidationError("--contacts must be >= 0, but was \(plain(contacts))")
        }
        guard contacts <= Double(contactsLimit.range.upperBound) else {
            throw ValidationError("--contacts must be at most \(contactsLimit.range.upperBound), but was \(plain(contacts))")
        }
        try duration("--interval", interval, longest: longestWindowSeconds, words: "31 days")
        try duration("--aht", aht, longest: longestContactSeconds, words: "1 day")
        if let patience { try duration("--patience", patience, longest: longestContactSeconds, words: "1 day") }
        if let asa { try duration("--asa", asa, longest: longestContactSeconds, words: "1 day") }
        guard Self.concurrency.contains(concurrency) else {
            throw ValidationError("--concurrency \(Self.concurrency.rule), but was \(concurrency)")
        }
        for case let (option, value?) in numbers where !value.isFinite {
            throw ValidationError("\(option) must be a finite number, but was \(plain(value))")
        }
    }

    /// `-5` for -5.0, `0.5` for 0.5.
    static func plain(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func duration(_ option: String, _ seconds: Double, longest: Double, words: String) throws {
        guard seconds.isFinite, seconds > 0, seconds <= longest else {
            throw ValidationError("\(option) must be more than 0 and at most \(words), but was \(DurationArgument.text(seconds))")
        }
    }
}
