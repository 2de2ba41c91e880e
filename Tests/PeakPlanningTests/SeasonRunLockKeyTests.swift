@testable import PeakPlanning
import Testing

/// The season run's advisory lock key, pinned: runs on two machines exclude each other only if
/// both derive the same key, so it must never change value (computed before the keys were unified).
@Suite("Season run lock key")
struct SeasonRunLockKeyTests {
    @Test func keepsItsValue() {
        #expect(SeasonRunLock.key == -3_857_666_256_603_077_255)
    }
}
