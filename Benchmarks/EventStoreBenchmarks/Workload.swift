import EventStore
import Foundation
import PostgresNIO

/// The events the benchmarks append: realistic call-centre facts, about 300 bytes of JSON
/// each, with the metadata the application records (correlation, actor, source).
enum Workload {
    static let eventType = "CallCompleted"
    static let queues = ["billing-en", "billing-es", "tech-support", "retention", "sales-inbound", "general"]
    static let dispositions = ["resolved", "escalated", "callback", "transferred"]

    /// A ~300-byte JSON payload; `index` varies its values.
    static func payload(_ index: Int) -> String {
        let minute = index % 60
        let second = (index / 60) % 60
        return """
            {"call_id":"CALL-\(String(format: "%08d", index))","queue":"\(queues[index % queues.count])",\
            "agent_id":"agent-\(index % 250)","customer_ref":"CUST-\(String(format: "%07d", (index * 7919) % 10_000_000))",\
            "channel":"voice","started_at":"2025-03-14T09:\(String(format: "%02d", minute)):\(String(format: "%02d", second))Z",\
            "wait_seconds":\(index % 180),"talk_seconds":\(120 + index % 900),"disposition":"\(dispositions[index % dispositions.count])",\
            "notes":"Caller asked about the March invoice; explained proration, sent a copy by email."}
            """
    }

    static func metadata(_ index: Int) -> EventMetadata {
        EventMetadata(correlationID: "req-\(index / 10)", actor: "agent-\(index % 250)", source: "acd-import")
    }

    static func event(_ index: Int) -> NewEvent {
        NewEvent(type: eventType, payload: payload(index), metadata: metadata(index))
    }

    /// The JSON text the store writes for `metadata`: the same encoder settings as the store's.
    static let metadataEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func metadataText(_ metadata: EventMetadata) -> String {
        String(decoding: try! metadataEncoder.encode(metadata), as: UTF8.self)
    }

    /// `streams` streams named `call-0001`... with `perStream` events each, in the order the
    /// store writes them (by stream, then version).
    static func bulk(streams: Int, perStream: Int) -> [StreamAppend] {
        (0..<streams).map { stream in
            StreamAppend(
                stream: StreamID("call-\(String(format: "%05d", stream))"),
                expected: .noStream,
                events: (0..<perStream).map { event(stream * perStream + $0) }
            )
        }
    }
}

/// One row of `plain_events` as the baseline writes it: every column already text or a
/// number, metadata already JSON, stream versions worked out by the caller.
struct PlainRow: Sendable {
    var stream: String
    var version: Int64
    var id: UUID
    var type: String
    var schemaVersion: Int32
    var payload: String
    var metadata: String

    /// The same rows as the store receives: same ids, payloads, metadata and versions
    /// (versions count from 1 in each stream, as for a new stream).
    static func rows(of appends: [StreamAppend]) -> [PlainRow] {
        appends.flatMap { append in
            append.events.enumerated().map { offset, event in
                PlainRow(
                    stream: append.stream.rawValue, version: Int64(offset + 1), id: event.id, type: event.type,
                    schemaVersion: Int32(event.schemaVersion), payload: event.payload,
                    metadata: Workload.metadataText(event.metadata))
            }
        }
    }
}

/// The baseline writers: plain SQL into `plain_events`, no locks, checks or notifications.
enum PlainWriter {
    static let columns = ["stream_id", "stream_version", "event_id", "event_type", "schema_version", "payload", "metadata"]

    /// One one-row INSERT of `row`, values bound (one statement, one round trip, one commit).
    static func insertOne(_ row: PlainRow, client: PostgresClient) async throws {
        try await client.query("""
            INSERT INTO plain_events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
            VALUES (\(row.stream), \(row.version), \(row.id), \(row.type), \(row.schemaVersion),
                    \(row.payload)::jsonb, \(row.metadata)::jsonb)
            """, logger: BenchEnvironment.logger)
    }

    /// One multi-row INSERT of `rows` from bound arrays (one statement, one round trip), into
    /// `plain_events` or, with `keyed`, into `plain_keyed_events`.
    static func insert(_ rows: [PlainRow], keyed: Bool = false, client: PostgresClient) async throws {
        let table = keyed ? "plain_keyed_events" : "plain_events"
        try await client.query("""
            INSERT INTO \(unescaped: table) (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
            SELECT * FROM unnest(\(rows.map(\.stream))::text[], \(rows.map(\.version))::int8[], \(rows.map(\.id))::uuid[],
                                 \(rows.map(\.type))::text[], \(rows.map(\.schemaVersion))::int4[],
                                 \(rows.map(\.payload))::jsonb[], \(rows.map(\.metadata))::jsonb[])
            """, logger: BenchEnvironment.logger)
    }

    /// One COPY of `rows` in text format, about a megabyte per message (as the store sends).
    static func copy(_ rows: [PlainRow], client: PostgresClient) async throws {
        try await client.withConnection { connection in
            try await connection.copyFrom(table: "plain_events", columns: columns, logger: BenchEnvironment.logger) { writer in
                let chunkSize = 1 << 20
                var buffer = ByteBufferAllocator().buffer(capacity: chunkSize + 64 * 1024)
                for row in rows {
                    buffer.writeCopyColumn(row.stream, first: true)
                    buffer.writeCopyColumn(String(row.version))
                    buffer.writeCopyColumn(row.id.uuidString)
                    buffer.writeCopyColumn(row.type)
                    buffer.writeCopyColumn(String(row.schemaVersion))
                    buffer.writeCopyColumn(row.payload)
                    buffer.writeCopyColumn(row.metadata)
                    buffer.writeInteger(UInt8(ascii: "\n"))
                    if buffer.readableBytes >= chunkSize {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
        }
    }
}

extension ByteBuffer {
    /// One column in COPY text format, escaped as the store escapes it; a column that
    /// needs no escaping (nearly all of them) is copied in one go.
    mutating func writeCopyColumn(_ text: String, first: Bool = false) {
        if !first { writeInteger(UInt8(ascii: "\t")) }
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
            writeString(text)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): writeStaticString("\\\\")
            case UInt8(ascii: "\t"): writeStaticString("\\t")
            case UInt8(ascii: "\n"): writeStaticString("\\n")
            case UInt8(ascii: "\r"): writeStaticString("\\r")
            default: writeInteger(byte)
            }
        }
    }
}
