import Foundation

/// One future interval's forecast: P50 (the central forecast) and P90.
///
/// Exists as the unit the staffing maths takes per interval. P50 is the model's expected
/// volume (for these counts within about half a contact of the median); P90 >= P50.
public struct ForecastInterval: Sendable, Hashable, Codable {
    /// UTC start instant.
    public let start: Date
    public let p50: Double
    public let p90: Double

    public init(start: Date, p50: Double, p90: Double) {
        self.start = start
        self.p50 = p50
        self.p90 = p90
    }
}
