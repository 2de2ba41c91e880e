import CallboardDomain

/// Conditions over a JSON payload (`jsonb`) that hold only when a value has the form Swift's
/// decoder reads and the set-based SQL then reads identically: the shared vocabulary of the
/// `regularEvent` checks of the set-based rebuilds (``IntervalEventSQL``, ``AwardEventSQL``).
/// Casts sit behind CASE, which PostgreSQL evaluates in order, so no payload makes them fail.
enum PayloadSQL {
    /// `object`'s `key` is a JSON integer within 32 bits (a number written without fraction).
    /// (A numeric cast and its scale cost less than a regular expression over the text.)
    static func int32(_ object: String, _ key: String) -> String {
        """
        (CASE WHEN jsonb_typeof(\(object)->'\(key)') = 'number'
              THEN scale((\(object)->'\(key)')::numeric) = 0
                   AND (\(object)->'\(key)')::numeric BETWEEN -2147483648 AND 2147483647 ELSE false END)
        """
    }

    /// `object`'s `key` is a JSON string.
    static func string(_ object: String, _ key: String) -> String {
        "jsonb_typeof(\(object)->'\(key)') = 'string'"
    }

    /// `object`'s `key` is a string of printable ASCII (an id: Swift's and PostgreSQL's
    /// comparisons of such strings agree; Swift compares other strings by canonical equivalence).
    static func asciiString(_ object: String, _ key: String) -> String {
        "(\(string(object, key)) AND (\(object)->>'\(key)') ~ '^[ -~]*$')"
    }

    /// `object`'s `key` is one of `values` (an enumeration's raw values).
    static func oneOf(_ object: String, _ key: String, _ values: [String]) -> String {
        "(\(string(object, key)) AND (\(object)->>'\(key)') IN (\(values.map { "'\($0)'" }.joined(separator: ", "))))"
    }

    /// `object`'s `key` is a JSON number written as one of the interval lengths in minutes
    /// (15, 30, 60: ``IntervalLength``).
    static func intervalLength(_ object: String, _ key: String) -> String {
        let minutes = IntervalLength.allCases.map { "'\($0.minutes)'" }.joined(separator: ", ")
        return "(jsonb_typeof(\(object)->'\(key)') = 'number' AND (\(object)->>'\(key)') IN (\(minutes)))"
    }

    /// `object`'s `key` is a JSON array whose every element satisfies `element` (a condition over `x.v`).
    static func arrayOf(_ object: String, _ key: String, element: String) -> String {
        """
        (CASE WHEN jsonb_typeof(\(object)->'\(key)') = 'array'
              THEN NOT EXISTS (SELECT FROM jsonb_array_elements(\(object)->'\(key)') AS x(v) WHERE NOT coalesce(\(element), false))
              ELSE false END)
        """
    }

    /// `object`'s `key` is a string `YYYY-MM-DD` naming a real day of the years 1-9999 (`LocalDate`).
    static func localDate(_ object: String, _ key: String) -> String {
        let text = "\(object)->>'\(key)'"
        return """
        (\(string(object, key)) AND CASE WHEN (\(text)) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN \(realDay(text)) ELSE false END)
        """
    }

    /// `text` is `YYYY-MM-DDTHH:MM:SSZ` naming a real instant of the years 1-9999 (a plain
    /// pattern, then the fields' ranges by substring: far cheaper than one pattern of alternatives).
    static func wholeSecondInstant(_ text: String) -> String {
        func field(_ from: Int, _ length: Int) -> String { "substring(\(text), \(from), \(length))::integer" }
        return """
        (CASE WHEN (\(text)) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
              THEN \(realDay(text)) AND \(field(12, 2)) <= 23 AND \(field(15, 2)) <= 59 AND \(field(18, 2)) <= 59
              ELSE false END)
        """
    }

    /// `object`'s `key` is a string ``wholeSecondInstant(_:)`` admits.
    static func instant(_ object: String, _ key: String) -> String {
        "(\(string(object, key)) AND \(wholeSecondInstant("\(object)->>'\(key)'")))"
    }

    /// The first ten characters of `text` (known to be digits and dashes, `YYYY-MM-DD`) name a
    /// real day of the years 1-9999.
    private static func realDay(_ text: String) -> String {
        func field(_ from: Int, _ length: Int) -> String { "substring(\(text), \(from), \(length))::integer" }
        return """
        \(field(1, 4)) >= 1 AND \(field(6, 2)) BETWEEN 1 AND 12 AND \(field(9, 2)) >= 1
        AND \(field(9, 2)) <= CASE \(field(6, 2))
            WHEN 2 THEN CASE WHEN (\(field(1, 4)) % 4 = 0 AND \(field(1, 4)) % 100 <> 0)
                                  OR \(field(1, 4)) % 400 = 0 THEN 29 ELSE 28 END
            WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END
        """
    }
}
