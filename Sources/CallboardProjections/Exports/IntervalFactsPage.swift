import CallboardDomain
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// One queue interval's stored figures, as the interval export pages them (``IntervalFactsQuery``).
public struct IntervalFacts: Sendable, Equatable {
    public let queueID: QueueID
    public let start: Date
    public let minutes: Int
    public let figures: ContactIntervalFigures
    /// 0 as first reported; the correction's revision after one.
    public let revision: Int
}

/// Where an interval export stands: after this queue's interval starting then. Queues are
/// exported one after another in id order, each in time order, so the key is the queue
/// interval read model's own primary key and every page is an index range scan.
public struct IntervalKey: Sendable, Hashable {
    public let queueID: QueueID
    public let start: Date

    public init(queueID: QueueID, start: Date) {
        self.queueID = queueID
        self.start = start
    }
}
