import CallboardDomain
import EventStore
import Foundation
import PostgresNIO

/// A closed service-level month (`callboard sla close`), as the SLA report shows it: what
/// was reported to the client, when and by whom, and whether the figures the report
/// returns for it are exactly those (their fingerprint matches the one recorded).
public struct SLAMonthClosure: Sendable, Equatable {
    public let closedAt: Date
    public let closedBy: String
    /// The recorded instant the reported figures were read as known at.
    public let knownAt: Date
    /// The log position they reflected, `transaction:position`.
    public let position: String
    public let figuresFingerprint: String
    /// Whether the closed figures read back now have the recorded fingerprint.
    public var fingerprintMatches: Bool = false

    /// The close of `account`'s `month` recorded in `source` (as known at its position), if any.
    static func read(_ account: AccountID, _ month: LocalMonth, from source: ReadModelSource) async throws -> SLAMonthClosure? {
        let rows = try await source.connection.query("""
            SELECT closed_at, closed_by, known_at, position, figures_fingerprint
              FROM \(unescaped: source.schemas.slaMonths).closes
             WHERE account_id = \(account.rawValue) AND month = \(month.description)
            """, logger: source.logger)
        for try await (closedAt, closedBy, knownAt, position, fingerprint) in rows.decode((Date, String, Date, String, String).self) {
            return SLAMonthClosure(closedAt: closedAt, closedBy: closedBy, knownAt: knownAt, position: position,
                                   figuresFingerprint: fingerprint)
        }
        return nil
    }

    /// A stable identifier of a month's reported rows: queue, period, SLA start and figures,
    /// in report order; any correction gives another.
    public static func fingerprint(of rows: [ServiceLevelRow]) -> String {
        let text = rows.map { row in
            let period = switch row.period {
            case let .day(day): day.description
            case let .month(month): month.description
            }
            let figures = row.figures
            return [row.queueID.rawValue, period, String(Int64((row.slaEffectiveFrom.timeIntervalSince1970 * 1_000).rounded())),
                    "\(figures.offered)", "\(figures.handled)", "\(figures.abandoned)", "\(figures.shortAbandoned)",
                    "\(figures.answeredWithinThreshold)", "\(figures.handleSeconds)"].joined(separator: "|")
        }.joined(separator: "\n")
        return DeterministicEventID.make(namespace: "SLAMonthFigures", naturalKey: text).uuidString.lowercased()
    }
}
