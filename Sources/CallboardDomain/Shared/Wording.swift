/// How rejection messages write values, so every message reads the same way to a director.
enum Wording {
    /// `80` for 80.0, `99.5` for 99.5.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `email, chat`.
    static func list(_ values: [some Any]) -> String { values.map { "\($0)" }.joined(separator: ", ") }

    /// `nesting, on leave or left`.
    static func choices(_ values: [String]) -> String {
        guard let last = values.last, values.count > 1 else { return values.first ?? "nothing" }
        return values.dropLast().joined(separator: ", ") + " or " + last
    }
}
