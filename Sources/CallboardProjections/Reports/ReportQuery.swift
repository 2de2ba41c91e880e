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

    public var description: String {
        switch self {
        case let .unknownSite(site): "no site \(site) is known (as of the report's position)"
        case let .unknownAccount(account): "no client account \(account) is known (as of the report's position)"
        case let .unknownTimeZone(zone): "\(zone) is not an IANA timezone such as America/New_York or Asia/Manila"
        }
    }
}
