/// The name of one stream in the event log: the events of one thing, in order.
///
/// The store puts no meaning in the name; callers use readable, stable names such
/// as `order-42`. A stream exists once its first event is appended.
public struct StreamID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) {
        precondition(!rawValue.isEmpty, "a stream id must not be empty")
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { rawValue }

    public static func < (lhs: StreamID, rhs: StreamID) -> Bool { lhs.rawValue < rhs.rawValue }
}
