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

@Suite("Log checkpoints from stored rows")
struct StoredLogCheckpointTests {
    @Test("A row's transaction_id::text and position make its checkpoint")
    func fromRow() {
        #expect(LogCheckpoint(transactionText: "812", position: 1045) == LogCheckpoint(transactionID: 812, position: 1045))
        #expect(LogCheckpoint(transactionText: "18446744073709551615", position: 1).transactionID == .max)
        #expect(LogCheckpoint(transactionText: "", position: 7) == LogCheckpoint(transactionID: 0, position: 7))
    }
}
