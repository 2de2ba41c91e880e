import CallboardReports
import Testing
@testable import CallboardCLI

/// A service level printed next to a missed target never reads as the target itself.
@Suite("Service level cells")
struct ServiceLevelCellTests {
    @Test func aMissedShareIsFlooredNotRoundedUp() {
        #expect(CellEncoding.percent(0.9499) == "94.9%")
        #expect(CellEncoding.percent(0.79996) == "79.9%")
        // Exactly the target still reads as the target despite floating point.
        #expect(CellEncoding.percent(80.0 / 100) == "80.0%")
        #expect(CellEncoding.percent(19.0 / 20) == "95.0%")
    }
}
