import EventStore
import Testing

/// Advisory lock keys are persisted behaviour: a process excludes another only if both derive
/// the same number, so a changed key would let an old and a new build run side by side.
/// The values below were computed by the code before the keys were unified.
@Suite("Advisory lock keys")
struct AdvisoryLockKeyTests {
    @Test("Migrations keep the key `callboar`")
    func migrations() {
        #expect(AdvisoryLockKey.migrations == 7_161_124_095_259_533_682)
        #expect(AdvisoryLockKey.migrations == 0x6361_6C6C_626F_6172)
    }

    @Test("Keys from names are FNV-1a, pinned")
    func named() {
        #expect(AdvisoryLockKey.named("callboard.forecast.season-run") == -3_857_666_256_603_077_255)
        #expect(AdvisoryLockKey.named("callboard.projection.apply.site_roster") == 3_402_576_487_968_372_105)
        #expect(AdvisoryLockKey.named("callboard.projection.leader.site_roster") == -3_071_706_365_427_179_512)
        #expect(AdvisoryLockKey.named("") == -3_750_763_034_362_895_579)  // the FNV-1a offset basis
    }
}
