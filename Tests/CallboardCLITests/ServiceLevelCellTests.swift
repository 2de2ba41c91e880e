import Testing
@testable import CallboardCLI

/// A service level printed next to a missed target never reads as the target itself.
@Suite("Service level cells")
struct ServiceLevelCellTests {
    @Test func aMissedShareIsFlooredNotRoundedUp() {
        #expect(ReportCell.serviceLevel(0.9499).text == "94.9")
        #expect(ReportCell.serviceLevel(0.79996).text == "79.9")
        // Exactly the target still reads as the target despite floating point.
        #expect(ReportCell.serviceLevel(80.0 / 100).text == "80")
        #expect(ReportCell.serviceLevel(19.0 / 20).text == "95")
        #expect(ReportCell.serviceLevel(nil).text == "")
    }
}
