import Hummingbird

/// Rendered export responses, kept while their ETag holds: the key names the account, the
/// export's path, its parameters (normalised: sorted, the cursor included), the format, the
/// reader's clock and the ETag, which follows the account's own last change
/// (``AnswerTag``). A request whose key is here is answered from these bytes without
/// reading or rendering anything, and the gzipped bytes are made once per entry.
///
/// Bounded in bytes: an entry larger than an eighth of the budget is not kept, and the
/// oldest entries go first when a new one would exceed it. An answer whose ETag moved is
/// never looked up again and ages out the same way.
actor RenderedResponseCache {
    /// What a key names.
    struct Key: Hashable, Sendable {
        let account: String
        let path: String
        let parameters: String
        let format: String
        let zone: String
        let tag: String
    }

    /// A rendered answer.
    struct Entry: Sendable {
        let body: ByteBuffer
        var gzipped: ByteBuffer?
        let position: String?
        let nextCursor: String?
        let etag: String?

        var bytes: Int { body.readableBytes + (gzipped?.readableBytes ?? 0) }
    }

    private let budget: Int
    private var entries: [Key: Entry] = [:]
    private var order: [Key] = []
    private var oldest = 0
    private(set) var bytes = 0

    init(budget: Int) { self.budget = budget }

    func entry(_ key: Key) -> Entry? { entries[key] }

    /// Keeps `entry` under `key` (replacing what was there), within the budget.
    func keep(_ entry: Entry, under key: Key) {
        guard entry.bytes <= budget / 8 else { return }
        if let old = entries.updateValue(entry, forKey: key) {
            bytes -= old.bytes
        } else {
            order.append(key)
        }
        bytes += entry.bytes
        while bytes > budget, oldest < order.count {
            let key = order[oldest]
            oldest += 1
            if let gone = entries.removeValue(forKey: key) { bytes -= gone.bytes }
        }
        if oldest > 1024, oldest * 2 > order.count {
            order.removeFirst(oldest)
            oldest = 0
        }
    }
}
