/// The documented range of one whole-number field (a count of contacts or seats, a number of
/// seconds, minutes, days or months): narrow enough that the read models' columns, and a
/// month's sums of them, hold every accepted value, and wide enough for any real contact
/// centre. A value outside it is refused where it is typed, imported or decided.
public struct WholeNumberLimit: Sendable, Equatable, CustomStringConvertible {
    public let range: ClosedRange<Int>

    public init(_ range: ClosedRange<Int>) { self.range = range }

    public func contains(_ value: Int) -> Bool { range.contains(value) }

    /// `must be from 0 to 1,000,000`.
    public var rule: String { "must be from \(span)" }

    /// `0 to 1,000,000`.
    public var span: String { "\(Self.grouped(range.lowerBound)) to \(Self.grouped(range.upperBound))" }

    /// `0...1,000,000`.
    public var description: String { "\(Self.grouped(range.lowerBound))...\(Self.grouped(range.upperBound))" }

    /// `1,000,000`: thousands separated so a limit reads at a glance.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}

extension FieldChecks {
    /// Requires `value` within `limit`.
    mutating func require(_ value: Int, within limit: WholeNumberLimit, _ field: String) {
        require(limit.contains(value), field, "\(value)", limit.rule)
    }

    /// Requires every value of a command to be in range (see `CommandValues`).
    mutating func requireValues(of command: Any) {
        append(CommandValues.problems(in: command))
    }
}
