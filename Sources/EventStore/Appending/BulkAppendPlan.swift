import Foundation
import PostgresNIO

/// The rows a bulk append will COPY, worked out under the streams' locks: which
/// events are new, the version each gets, and each stream's version afterwards.
struct BulkAppendPlan {
    /// One stream's new events: which of its append's events, and the version before them.
    private struct StreamRows {
        let append: BulkStreamAppend
        let versionBefore: Int64
        /// Indexes into `append.ids`, ascending.
        let fresh: [Int]
    }

    private var streams: [StreamRows] = []
    private(set) var eventCount = 0
    private(set) var alreadyStored = 0
    /// Every new event's id, with its stream: an id may be written once in the whole log.
    private var newIDs: [UUID: StreamID] = [:]

    var streamCount: Int { streams.count }

    /// Adds one stream's events, skipping those already stored there (`stored`: the
    /// stream each stored id is in, for the ids looked up; empty when none were).
    ///
    /// - Throws: ``AppendError`` if an id is stored in another stream, is new in two
    ///   streams of this append, or the stream is not where the append expects it.
    mutating func add(_ append: BulkStreamAppend, currentVersion: Int64, stored: [UUID: String]) throws {
        var seen = Set<UUID>(minimumCapacity: append.ids.count)
        var fresh: [Int] = []
        fresh.reserveCapacity(append.ids.count)
        for (index, id) in append.ids.enumerated() where seen.insert(id).inserted {
            switch stored[id] {
            case nil:
                if let other = newIDs.updateValue(append.stream, forKey: id), other != append.stream {
                    throw AppendError.duplicateEventIDs(stream: append.stream, detail: "\(id)@\(other)")
                }
                fresh.append(index)
            case append.stream.rawValue?: alreadyStored += 1
            case let other?:
                throw AppendError.duplicateEventIDs(stream: append.stream, detail: "\(id)@\(other)")
            }
        }
        guard !fresh.isEmpty else { return }
        try Self.check(append.expected, stream: append.stream, currentVersion: currentVersion)
        streams.append(StreamRows(append: append, versionBefore: currentVersion, fresh: fresh))
        eventCount += fresh.count
    }

    private static func check(_ expected: ExpectedVersion, stream: StreamID, currentVersion: Int64) throws {
        let holds: Bool
        switch expected {
        case .any: holds = true
        case .noStream: holds = currentVersion == 0
        case .streamExists: holds = currentVersion > 0
        case .exactly(let version): holds = currentVersion == version
        }
        if !holds {
            throw AppendError.wrongExpectedVersion(stream: stream, expected: expected, actual: currentVersion)
        }
    }

    /// Streams the rows in COPY text format, about a megabyte per message, encoding the
    /// events a batch at a time as it goes.
    func writeRows(to writer: PostgresCopyFromWriter, allocator: ByteBufferAllocator) async throws {
        let chunkSize = 1 << 20
        let batchSize = 512
        var buffer = allocator.buffer(capacity: chunkSize + 64 * 1024)
        // An import's events mostly share one metadata value: encode each distinct one once.
        var metadataText: [EventMetadata: String] = [:]
        for rows in streams {
            let stream = rows.append.stream
            var version = rows.versionBefore
            var next = 0  // into rows.fresh
            while next < rows.fresh.count {
                // A batch of the append's events from the next fresh one; stored ones in it are skipped.
                let start = rows.fresh[next]
                let range = start..<min(start + batchSize, rows.append.ids.count)
                let events = try rows.append.events(range)
                guard events.count == range.count else {
                    throw BulkEventsMismatch(stream: stream, detail: "\(events.count) events encoded for \(range.count) ids")
                }
                while next < rows.fresh.count, rows.fresh[next] < range.upperBound {
                    let index = rows.fresh[next]
                    let event = events[index - range.lowerBound]
                    guard event.id == rows.append.ids[index] else {
                        throw BulkEventsMismatch(stream: stream, detail: "event \(rows.append.ids[index]) encoded with id \(event.id)")
                    }
                    version += 1
                    let metadata = metadataText[event.metadata] ?? JSONCoding.text(event.metadata)
                    metadataText[event.metadata] = metadata
                    CopyTextRow.write([
                        stream.rawValue, String(version), event.id.uuidString, event.type, String(event.schemaVersion),
                        event.payload, metadata,
                    ], into: &buffer)
                    next += 1
                }
                if buffer.readableBytes >= chunkSize {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
        }
        if buffer.readableBytes > 0 {
            try await writer.write(buffer)
        }
    }
}
