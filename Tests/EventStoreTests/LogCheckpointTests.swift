import EventStore
import Testing

@Suite("Log checkpoints")
struct LogCheckpointTests {
    @Test func orderByTransactionThenPosition() {
        #expect(LogCheckpoint(transactionID: 5, position: 100) < LogCheckpoint(transactionID: 6, position: 2))
        #expect(LogCheckpoint(transactionID: 6, position: 2) < LogCheckpoint(transactionID: 6, position: 3))
        #expect(LogCheckpoint.start < LogCheckpoint(transactionID: 1, position: 1))
    }

    @Test func printsAndParsesTheOperatorsForm() {
        let checkpoint = LogCheckpoint(transactionID: 812, position: 1045)
        #expect(checkpoint.description == "812:1045")
        #expect(LogCheckpoint("812:1045") == checkpoint)
        #expect(LogCheckpoint("812") == nil && LogCheckpoint("a:b") == nil && LogCheckpoint("1:-3") == nil)
    }
}
