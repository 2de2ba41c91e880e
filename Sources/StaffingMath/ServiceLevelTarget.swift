import Foundation

/// "X% of contacts answered within T seconds", the way a contact centre states its promise.
///
/// Exists because the pair travels together everywhere (contracts, forecasts, the
/// `80/20` a scheduler types) and both halves need the same validation.
public struct ServiceLevelTarget: Sendable, Hashable, CustomStringConvertible {
    /// Share of contacts that must be answered within the threshold, in percent, in [0, 100).
    public let percent: Double
    /// The answer-time threshold in seconds.
    public let thresholdSeconds: Double

    /// The percentage as a fraction in [0, 1).
    public var fraction: Double { percent / 100 }

    public init(percent: Double, thresholdSeconds: Double) throws(StaffingInputError) {
        guard percent >= 0, percent < 100 else { throw .serviceLevelPercentOutOfRange(percent) }
        guard thresholdSeconds >= 0, thresholdSeconds.isFinite else {
            throw .negativeThreshold(seconds: thresholdSeconds)
        }
        self.percent = percent
        self.thresholdSeconds = thresholdSeconds
    }

    /// Reads the scheduler's shorthand `percent/seconds`: `80/20`, `80%/20s`, `90 / 15`.
    public init(parsing text: String) throws(StaffingInputError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let percent = Self.number(parts[0], unit: "%"),
              let seconds = Self.number(parts[1], unit: "s")
        else { throw .malformedServiceLevelTarget(text) }
        try self.init(percent: percent, thresholdSeconds: seconds)
    }

    /// `80/20`, with decimals only when needed.
    public var description: String { "\(Self.compact(percent))/\(Self.compact(thresholdSeconds))" }

    private static func number(_ part: Substring, unit: Character) -> Double? {
        var text = part.trimmingCharacters(in: .whitespaces)
        if text.last == unit { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard !text.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static func compact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
