/// What kind of value a report column holds, the same for every edge: the terminal, CSV and
/// JSON of the CLI, the API's JSON, NDJSON and CSV, and the OpenAPI row schemas.
public enum ColumnType: String, Sendable, CaseIterable {
    /// Free text (ids, names, codes).
    case text
    /// A whole number.
    case integer
    /// A number with a fraction (hours, agents split across queues).
    case decimal
    /// A fraction from 0 to 1 (a service level, an abandon rate), never a percentage: the
    /// terminal may show it as a percent, every other format carries the fraction.
    case ratio
    /// true or false, never "yes" or "no".
    case boolean
    /// A civil day, `YYYY-MM-DD`.
    case date
    /// An instant, ISO 8601 with its UTC offset (`2026-11-01T01:30:00-05:00`).
    case instant
    /// A list of texts: a JSON array; in CSV and tables the items joined by `;`.
    case list
    /// A nested JSON value (an object or array) whose shape the column's description states.
    case json
}
