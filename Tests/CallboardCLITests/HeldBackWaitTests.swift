import ArgumentParser
import Testing
@testable import CallboardCLI

/// `CALLBOARD_HELD_BACK_WAIT`: how long a report waits for events held back behind a
/// running transaction before it answers without them.
struct HeldBackWaitTests {
    @Test func fiveSecondsUnlessTheEnvironmentSaysOtherwise() throws {
        #expect(try ProjectionsCommand.heldBackWait([:]) == .seconds(5))
        #expect(try ProjectionsCommand.heldBackWait(["CALLBOARD_HELD_BACK_WAIT": "2.5"]) == .milliseconds(2500))
        #expect(try ProjectionsCommand.heldBackWait(["CALLBOARD_HELD_BACK_WAIT": "0"]) == .zero)
    }

    @Test(arguments: ["x", "-1", "301", "nan", "inf"])
    func aBadValueIsRefusedNamingIt(_ text: String) {
        #expect(throws: ValidationError.self) { try ProjectionsCommand.heldBackWait(["CALLBOARD_HELD_BACK_WAIT": text]) }
    }
}
