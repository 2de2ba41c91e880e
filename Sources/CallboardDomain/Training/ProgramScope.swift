/// Which of a client account's work a program certifies for: every queue of the account, or
/// only some queues, optionally named by product line (e.g. `Slate tablets`), so the app layer
/// can tell which program a queue requires.
public struct ProgramScope: Hashable, Sendable, Codable {
    /// The queues the program certifies for; empty means every queue of the account.
    public let queues: [QueueID]
    /// The product line the program covers, when the client trains per product line.
    public let productLine: String?

    public init(queues: [QueueID] = [], productLine: String? = nil) {
        self.queues = queues.sorted()
        self.productLine = productLine
    }

    /// The whole account.
    public static let wholeAccount = ProgramScope()
}
