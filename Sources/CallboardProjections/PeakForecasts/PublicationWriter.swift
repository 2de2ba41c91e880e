import CallboardDomain
import Foundation
import Logging
import PostgresNIO

/// Writes one publication's rows into the peak forecasts read model, each table in one
/// multi-row insert. A publication is written once: its revision is new by construction.
struct PublicationWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    func write(_ forecast: SeasonForecastPublished, publishedAt: Date) async throws {
        let key = (forecast.season, forecast.queueID.rawValue, forecast.revision)
        try await connection.query("""
            INSERT INTO \(unescaped: schema).publications VALUES (\(key.0), \(key.1), \(key.2), \(forecast.accountID.rawValue),
                \(forecast.modelVersion), \(forecast.inputsFingerprint), \(forecast.timeZone.rawValue), \(forecast.target),
                \(forecast.averageHandleSeconds), \(forecast.shrinkage), \(forecast.leadTime.classroomDays),
                \(forecast.leadTime.nestingDays), \(forecast.leadTime.programID?.rawValue), \(forecast.historyUntil), \(publishedAt))
            """, logger: logger)
        var days = keyed(forecast, count: forecast.days.count)
        days.add(forecast.days.map(\.day.description))
        days.add(forecast.days.map(\.contactsP50))
        days.add(forecast.days.map(\.contactsP90))
        days.add(forecast.days.map(\.peakScheduled))
        days.add(forecast.days.map(\.scheduledHours))
        days.add(forecast.days.map(\.requiredHeadcount))
        try await connection.execute("""
            INSERT INTO \(schema).days SELECT * FROM UNNEST($1::text[], $2::text[], $3::int8[], $4::date[], $5::float8[],
                $6::float8[], $7::int8[], $8::float8[], $9::int8[])
            """, days, rowCount: forecast.days.count, logger: logger)
        var supply = keyed(forecast, count: forecast.supply.count)
        supply.add(forecast.supply.map(\.day.description))
        supply.add(forecast.supply.map(\.siteID.rawValue))
        supply.add(forecast.supply.map(\.available))
        supply.add(forecast.supply.map(\.scheduled))
        supply.add(forecast.supply.map(\.crossTrainable))
        try await connection.execute("""
            INSERT INTO \(schema).supply SELECT * FROM UNNEST($1::text[], $2::text[], $3::int8[], $4::date[], $5::text[],
                $6::int8[], $7::int8[], $8::int8[])
            """, supply, rowCount: forecast.supply.count, logger: logger)
        var intervals = keyed(forecast, count: forecast.intervals.count)
        try intervals.add(forecast.intervals.map(\.start))
        intervals.add(forecast.intervals.map(\.p50))
        intervals.add(forecast.intervals.map(\.p90))
        intervals.add(forecast.intervals.map(\.scheduledAgents))
        try await connection.execute("""
            INSERT INTO \(schema).intervals SELECT * FROM UNNEST($1::text[], $2::text[], $3::int8[], $4::timestamptz[],
                $5::float8[], $6::float8[], $7::int8[])
            """, intervals, rowCount: forecast.intervals.count, logger: logger)
    }

    /// The season, queue and revision columns, repeated `count` times.
    private func keyed(_ forecast: SeasonForecastPublished, count: Int) -> ColumnArrays {
        var columns = ColumnArrays()
        columns.add(Array(repeating: forecast.season, count: count))
        columns.add(Array(repeating: forecast.queueID.rawValue, count: count))
        columns.add(Array(repeating: forecast.revision, count: count))
        return columns
    }
}
