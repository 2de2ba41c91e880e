import Hummingbird
import Synchronization

/// Rendered export responses, kept while their ETag holds: the key names the account, the
/// export's path, its parameters (normalised: sorted, the cursor included), the format, the
/// reader's clock and the ETag, which follows the account's own last change
/// (``AnswerTag``). A request whose key is here is answered from these bytes without
/// reading or rendering anything, and the gzipped bytes are made once per entry.
///
/// Bounded in bytes: an entry larger than an eighth of the budget is not kept, and the
/// oldest entries go first when a new one would exceed it. An answer whose ETag moved is
/// never looked up again and ages out the same way.
///
/// A lock, not an actor: every export request looks here, and a lookup is a dictionary read
/// that must not cost the request a hop to another executor and back.
final class RenderedResponseCache: Sendable {
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

    private struct State {
        var entries: [Key: Entry] = [:]
        var order: [Key] = []
        var oldest = 0
        var bytes = 0
    }

    private let budget: Int
    private let state = Mutex(State())

    init(budget: Int) { self.budget = budget }

    /// The bytes kept now.
    var bytes: Int { state.withLock { $0.bytes } }

    func entry(_ key: Key) -> Entry? { state.withLock { $0.entries[key] } }

    /// Keeps `entry` under `key` (replacing what was there), within the budget.
    func keep(_ entry: Entry, under key: Key) {
        guard entry.bytes <= budget / 8 else { return }
        state.withLock { state in
            if let old = state.entries.updateValue(entry, forKey: key) {
                state.bytes -= old.bytes
            } else {
                state.order.append(key)
            }
            state.bytes += entry.bytes
            while state.bytes > budget, state.oldest < state.order.count {
                let key = state.order[state.oldest]
                state.oldest += 1
                if let gone = state.entries.removeValue(forKey: key) { state.bytes -= gone.bytes }
            }
            if state.oldest > 1024, state.oldest * 2 > state.order.count {
                state.order.removeFirst(state.oldest)
                state.oldest = 0
            }
        }
    }
}
