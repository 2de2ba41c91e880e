import Foundation
import PostgresNIO

/// The rows a bulk append will COPY, worked out under the streams' locks: which
/// events are new, the version each gets, and each stream's version afterwards.
struct BulkAppendPlan {
    private(set) var rows: [(stream: StreamID, version: Int64, event: NewEvent)] = []
    private(set) var newVersions: [(key: String, value: Int64)] = []
    private(set) var alreadyStored = 0

    var eventCount: Int { rows.count }

    /// Adds one stream's events, skipping those already stored there.
    ///
    /// - Throws: ``AppendError`` if an id is stored in another stream or the stream is
    ///   not where the append expects it.
    mutating func add(_ append: StreamAppend, currentVersion: Int64, stored: [UUID: String]) throws {
        var seen = Set<UUID>()
        var fresh: [NewEvent] = []
        for event in append.events where seen.insert(event.id).inserted {
            switch stored[event.id] {
            case nil: fresh.append(event)
            case append.stream.rawValue?: alreadyStored += 1
            case let other?:
                throw AppendError.duplicateEventIDs(stream: append.stream, detail: "\(event.id)@\(other)")
            }
        }
        guard !fresh.isEmpty else { return }
        try Self.check(append.expected, stream: append.stream, currentVersion: currentVersion)
        for (offset, event) in fresh.enumerated() {
            rows.append((append.stream, currentVersion + Int64(offset) + 1, event))
        }
        newVersions.append((append.stream.rawValue, currentVersion + Int64(fresh.count)))
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

    /// Streams the rows in COPY text format, about a megabyte per message.
    func writeRows(to writer: PostgresCopyFromWriter, allocator: ByteBufferAllocator) async throws {
        let chunkSize = 1 << 20
        var buffer = allocator.buffer(capacity: chunkSize + 64 * 1024)
        // An import's events mostly share one metadata value: encode each distinct one once.
        var metadataText: [EventMetadata: String] = [:]
        for (stream, version, event) in rows {
            let metadata = metadataText[event.metadata] ?? JSONCoding.text(event.metadata)
            metadataText[event.metadata] = metadata
            CopyTextRow.write([
                stream.rawValue, String(version), event.id.uuidString, event.type, String(event.schemaVersion),
                event.payload, metadata,
            ], into: &buffer)
            if buffer.readableBytes >= chunkSize {
                try await writer.write(buffer)
                buffer.clear()
            }
        }
        if buffer.readableBytes > 0 {
            try await writer.write(buffer)
        }
    }
}
