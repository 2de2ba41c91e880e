import Foundation

/// Why the forecaster refused its input.
///
/// Exists so that the nightly job (and the scheduler reading its log) learns which queue's
/// history or which setting to fix, instead of getting a silent flat forecast or a crash.
/// Every case names what is wrong; ``field`` gives the input's name as text.
public enum ForecastInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The history holds no interval at all.
    case emptyHistory
    /// An interval start is not on a boundary of its length (e.g. 10:07 for 30-minute intervals).
    case misalignedInterval(start: Date, lengthMinutes: Int)
    /// Intervals must follow each other without gaps, overlaps or reordering.
    case nonContiguousInterval(expected: Date, found: Date)
    /// An offered count must be a finite number, zero or more.
    case invalidOffered(start: Date, value: Double)
    /// The history must cover at least `requiredWeeks` weeks to learn a weekly pattern and trend.
    case historyTooShort(weeks: Double, requiredWeeks: Int)
    /// The market's timezone is not an IANA name the system knows.
    case unknownTimeZone(String)
    /// A forecast must start at or after the end of its history.
    case horizonStartsInsideHistory(start: Date, historyEnd: Date)
    /// A forecast must cover at least one interval: `end` after `start`.
    case emptyHorizon(start: Date, end: Date)
    /// A backtest's test window must lie inside the history, after enough training weeks.
    case testWindowOutsideHistory(start: Date, end: Date, historyStart: Date, historyEnd: Date)
    /// A configuration value is out of its range (see ``VolumeForecaster/Configuration``).
    case invalidConfiguration(field: String, value: Double)

    /// The name of the input the error is about.
    public var field: String {
        switch self {
        case .emptyHistory, .historyTooShort: "history"
        case .misalignedInterval, .nonContiguousInterval: "intervals"
        case .invalidOffered: "offered"
        case .unknownTimeZone: "timeZone"
        case .horizonStartsInsideHistory, .emptyHorizon: "horizon"
        case .testWindowOutsideHistory: "testWindow"
        case .invalidConfiguration(let field, _): field
        }
    }

    public var description: String {
        switch self {
        case .emptyHistory:
            "history is empty: at least the minimum number of weeks of intervals is needed"
        case .misalignedInterval(let start, let minutes):
            "interval starting \(Self.text(start)) is not on a \(minutes)-minute boundary"
        case .nonContiguousInterval(let expected, let found):
            "intervals must be contiguous: expected one starting \(Self.text(expected)), found \(Self.text(found))"
        case .invalidOffered(let start, let value):
            "offered count of the interval starting \(Self.text(start)) must be a finite number, 0 or more (got \(value))"
        case .historyTooShort(let weeks, let required):
            "history covers \(Self.oneDecimal(weeks)) weeks; at least \(required) are needed"
        case .unknownTimeZone(let name):
            "'\(name)' is not a known IANA timezone such as America/New_York or Europe/London"
        case .horizonStartsInsideHistory(let start, let end):
            "forecast starts \(Self.text(start)), before the history ends (\(Self.text(end)))"
        case .emptyHorizon(let start, let end):
            "forecast must end after it starts (start \(Self.text(start)), end \(Self.text(end)))"
        case .testWindowOutsideHistory(let start, let end, let historyStart, let historyEnd):
            "test window \(Self.text(start)) to \(Self.text(end)) must lie inside the history "
                + "(\(Self.text(historyStart)) to \(Self.text(historyEnd))) after the minimum training weeks"
        case .invalidConfiguration(let field, let value):
            "configuration value \(field) is out of range (got \(value))"
        }
    }

    private static func text(_ date: Date) -> String { Date.ISO8601FormatStyle().format(date) }

    private static func oneDecimal(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }
}
