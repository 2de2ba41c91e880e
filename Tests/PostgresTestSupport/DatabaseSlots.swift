/// How many fresh test databases may be in use at once. Swift Testing starts every test at
/// once; unbounded, a full run opens more connections than the server allows ("too many
/// clients"), PostgresNIO retries with growing back-off, and a request stalls past an HTTP
/// client's timeout. A slot is held from a database's creation to its drop; waiters queue
/// in order.
actor DatabaseSlots {
    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        guard inUse >= limit else { inUse += 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the longest waiter, or frees it.
    func release() {
        if waiting.isEmpty { inUse -= 1 } else { waiting.removeFirst().resume() }
    }
}
