import Synchronization

/// A value several tasks add to while a test watches it: what a subscriber received,
/// what writers committed.
public final class Collector<Value: Sendable>: Sendable {
    private let value: Mutex<Value>

    public init(_ initial: Value) {
        value = Mutex(initial)
    }

    public func update(_ change: (inout sending Value) -> Void) {
        value.withLock { change(&$0) }
    }

    public var current: Value {
        value.withLock { $0 }
    }
}
