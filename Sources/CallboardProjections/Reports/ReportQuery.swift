import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections

/// One report's question to the read models (`RosterReport`, `SLAReport`...): which read
/// models it needs and how it reads them. ``ReportReader`` runs it live or as of an instant.
public protocol ReportQuery: Sendable {
    associatedtype Output: Sendable
    /// The read models the query reads; an as-of replay rebuilds exactly these.
    var readModels: [any Projection] { get }
    func read(from source: ReadModelSource) async throws -> Output
}

/// A connection inside the report's transaction and the schemas to read.
public struct ReadModelSource: Sendable {
    public let connection: PostgresConnection
    public let schemas: ReadModelSchemas
    public let logger: Logger
}

extension ReadModelSource {
    /// The same transaction reading `readModels` as known at `instant` (from their history:
    /// see ``ReadModelHistory``), for a query that also shows what was known then, such as
    /// a closed month's reported figures.
    ///
    /// - Throws: ``ReportError/historyMissing(_:)`` when a read model's history does not reach `instant`.
    public func asKnownAt(_ instant: Date, readModels: [any Projection]) async throws -> ReadModelSource {
        let schemas = ReadModelSchemas(prefix: "known_\(UInt32.random(in: .min ... .max))_")
        for projection in readModels {
            guard try await ReadModelHistory.covers(projection, instant: instant, on: connection, logger: logger) else {
                throw ReportError.historyMissing(projection.name)
            }
            _ = try await ReadModelHistory.createViews(
                of: projection, asOf: instant, in: schemas.schema(of: projection), on: connection, logger: logger)
        }
        return ReadModelSource(connection: connection, schemas: schemas, logger: logger)
    }
}

/// A report's answer and the point of the log it reflects.
public struct ReportResult<Output: Sendable>: Sendable {
    public let output: Output
    /// Every event up to this checkpoint is reflected (live: the least advanced of the read
    /// models read; as of an instant: the last relevant event recorded by then).
    public let position: LogCheckpoint
    /// The instant the report was replayed as of; nil for the live read models.
    public let asOf: Date?
}

/// Why a report could not be answered, in words for the person who asked.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case unknownSite(String)
    case unknownAccount(String)
    case unknownTimeZone(String)
    /// An as-of instant before the first recorded event (nil: the log is empty).
    case beforeTheLog(Date, firstRecorded: Date?)
    /// A read model's history does not reach an instant a query needs (not caught up yet).
    case historyMissing(String)

    public var description: String {
        switch self {
        case let .unknownSite(site): "no site \(site) is known (as of the report's position)"
        case let .unknownAccount(account): "no client account \(account) is known (as of the report's position)"
        case let .unknownTimeZone(zone): "\(zone) is not an IANA timezone such as America/New_York or Asia/Manila"
        case let .historyMissing(name):
            "the history of read model \(name) does not reach the instant asked for yet; try again once it has caught up"
        case let .beforeTheLog(instant, nil):
            "nothing was known as of \(Self.instantText(instant)): the event log is empty"
        case let .beforeTheLog(instant, first?):
            "nothing was known as of \(Self.instantText(instant)): the event log begins at \(Self.instantText(first)) (recorded time)"
        }
    }

    private static func instantText(_ instant: Date) -> String {
        instant.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
