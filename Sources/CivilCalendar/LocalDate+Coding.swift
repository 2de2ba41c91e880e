extension LocalDate {
    /// The expected text form, for decoding and parsing errors.
    public static let textFormat = "a yyyy-MM-dd date"

    /// Decodes a stored date: `yyyy-MM-dd`, and also a day after 9999-12-31 written with a
    /// five-digit year. Day arithmetic reaches those (an overnight shift on 9999-12-31 ends
    /// on `10000-01-01`) and versions before the input limits stored them; decoding them
    /// keeps such a stream loadable, so the fact can be corrected (the shift cancelled).
    /// Parsing input (`init(parsing:)`) still refuses them, and read models quarantine them.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let date = LocalDate(parsing: text) ?? LocalDate(storedBeyondYear9999: text) {
            self = date
            return
        }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not \(Self.textFormat): \(text)"))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `10000-01-01` to `99999-12-31`, as `description` writes days past 9999-12-31.
    private init?(storedBeyondYear9999 text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 5, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (10_000...99_999).contains(y),
              (1...12).contains(m), (1...Self.daysIn(month: m, year: y)).contains(d) else { return nil }
        self.init(daysSinceEpoch: Self.days(year: y, month: m, day: d))
    }
}
