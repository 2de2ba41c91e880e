import Foundation

/// How the export API runs: where it listens and its limits. Defaults suit one `serve`
/// process on a small machine; `callboard serve --help` names the flags, and the limits
/// added for issue 11 can also be set from the environment (``environmentNames``).
/// ``validate()`` refuses values out of range before the server starts.
public struct ExportAPIConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Requests per second each token may make on average, and at once.
    public var ratePerSecond = 20.0
    public var rateBurst = 40.0
    /// The rate limit is shared by every `serve` process on the database (kept in PostgreSQL):
    /// each takes this many seconds of a token's rate from the shared bucket per database call
    /// (at least one request, at most a quarter of the burst). 0: one call per request. With
    /// the default limits a lease is one request, so the servers limit exactly as one; a
    /// longer lease saves database calls for fast tokens and lets a token exceed its limit by
    /// at most a lease per server. `CALLBOARD_API_RATE_LEASE_SECONDS`.
    public var rateLeaseSeconds = 0.05
    /// How long a token's record is trusted before it is looked up again (revocation delay).
    public var tokenCacheSeconds = 2.0
    /// How long a token id with no record is remembered as unknown (a token is used after it
    /// is issued, so this delays nothing real).
    public var unknownTokenCacheSeconds = 5.0
    /// Refused tokens each client address may present at once, and refilled per second;
    /// beyond that its `/v1` requests answer 429 (0 turns the limit off).
    public var failedAttemptBurst = 20.0
    public var failedAttemptsPerSecond = 0.2
    /// Whether a request from a loopback peer (a local reverse proxy) is limited by the last
    /// address of its `X-Forwarded-For` instead: set it behind a proxy that sets the header,
    /// or every client shares the proxy's address. Never set it without such a proxy.
    public var trustForwardedFor = false
    /// An export estimated at more rows than this is long (an unpaged `/intervals` export of
    /// more than about 100 queue-days of 15-minute intervals).
    public var longExportRows = 10_000
    /// Long exports one token may run at once, and this process in all; beyond, 429.
    public var longExportsPerToken = 1
    public var longExportsPerServer = 4
    /// What a client refused a long export is told to wait (Retry-After).
    public var longExportRetryAfterSeconds = 10
    /// A connection must deliver a request's head (request line and headers) within this
    /// many seconds of its first byte, or of opening, or it is closed.
    public var headerTimeoutSeconds = 10.0
    /// A connection with no request in progress is closed after this many idle seconds.
    public var idleTimeoutSeconds = 60.0
    /// How long the read models' positions, read for one request, serve the next ones:
    /// a response may be this much less fresh (0: read for every request).
    public var positionsMaxAgeSeconds = 0.1
    /// `/readyz` answers 503 when a read model's oldest unapplied event is older than this.
    public var readinessLagSeconds = 30.0
    /// `/readyz` answers 503 when the database does not answer `SELECT 1` within this.
    public var readinessDatabaseTimeoutSeconds = 2.0
    /// Rows read from PostgreSQL per keyset page of a streamed export.
    public var streamPageSize = 5000
    /// The largest `limit` a paged request may ask for.
    public var maximumPageLimit = 10_000
    /// The bytes of rendered responses kept for reuse while their ETag holds (plain and
    /// gzipped); 0 keeps none. `CALLBOARD_API_RESPONSE_CACHE_BYTES`.
    public var responseCacheBytes = 64 << 20
    /// The secret behind agent pseudonyms in exports; nil makes one per process (pseudonyms
    /// then change at every start). `callboard serve` reads `CALLBOARD_PSEUDONYM_SECRET`.
    public var pseudonymSecret: [UInt8]?

    public init() {}

    /// A setting out of its range: which, the value, and the range.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let setting: String
        public let value: String
        public let rule: String
        public var description: String { "\(setting): \(rule), but was \(value)" }
    }

    /// Refuses the first setting out of its documented range (ports 1-65535, counts at least
    /// 1, seconds finite and bounded), so nothing downstream converts an absurd value.
    public func validate() throws(Problem) {
        func whole(_ name: String, _ value: Int, _ range: ClosedRange<Int>) throws(Problem) {
            guard range.contains(value) else {
                throw Problem(setting: name, value: "\(value)", rule: "must be from \(range.lowerBound) to \(range.upperBound)")
            }
        }
        func seconds(_ name: String, _ value: Double, _ range: ClosedRange<Double>) throws(Problem) {
            guard value.isFinite, range.contains(value) else {
                throw Problem(setting: name, value: "\(value)", rule: "must be from \(range.lowerBound) to \(range.upperBound)")
            }
        }
        guard !host.isEmpty, host.utf8.count <= 253, host.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw Problem(setting: "host", value: "'\(host)'", rule: "must be a host name or IP address")
        }
        try whole("port", port, 1...65_535)
        try seconds("rate per second", ratePerSecond, 0.001...1_000_000)
        try seconds("rate burst", rateBurst, 1...1_000_000)
        try seconds("rate lease seconds", rateLeaseSeconds, 0...60)
        try seconds("token cache seconds", tokenCacheSeconds, 0...86_400)
        try seconds("unknown token cache seconds", unknownTokenCacheSeconds, 0...3600)
        try seconds("failed attempt burst", failedAttemptBurst, 0...1_000_000)
        try seconds("failed attempts per second", failedAttemptsPerSecond, 0.001...1_000_000)
        try whole("long export rows", longExportRows, 1...1_000_000_000)
        try whole("long exports per token", longExportsPerToken, 1...1000)
        try whole("long exports per server", longExportsPerServer, 1...10_000)
        try whole("long export retry after seconds", longExportRetryAfterSeconds, 1...3600)
        try seconds("header timeout seconds", headerTimeoutSeconds, 0.1...3600)
        try seconds("idle timeout seconds", idleTimeoutSeconds, 0.1...86_400)
        try seconds("positions max age seconds", positionsMaxAgeSeconds, 0...3600)
        try seconds("readiness lag seconds", readinessLagSeconds, 0...86_400 * 365)
        try seconds("readiness database timeout seconds", readinessDatabaseTimeoutSeconds, 0.001...3600)
        try whole("stream page size", streamPageSize, 1...1_000_000)
        try whole("maximum page limit", maximumPageLimit, 1...1_000_000)
        try whole("response cache bytes", responseCacheBytes, 0...(1 << 40))
    }

    /// The environment variables ``apply(environment:)`` reads, with the setting each sets.
    public static let environmentNames: [(name: String, setting: String)] = [
        ("CALLBOARD_API_LONG_EXPORT_ROWS", "long export rows"),
        ("CALLBOARD_API_LONG_EXPORTS_PER_TOKEN", "long exports per token"),
        ("CALLBOARD_API_LONG_EXPORTS_PER_SERVER", "long exports per server"),
        ("CALLBOARD_API_FAILED_ATTEMPT_BURST", "failed attempt burst"),
        ("CALLBOARD_API_FAILED_ATTEMPTS_PER_SECOND", "failed attempts per second"),
        ("CALLBOARD_API_HEADER_TIMEOUT_SECONDS", "header timeout seconds"),
        ("CALLBOARD_API_IDLE_TIMEOUT_SECONDS", "idle timeout seconds"),
        ("CALLBOARD_API_RESPONSE_CACHE_BYTES", "response cache bytes"),
        ("CALLBOARD_API_RATE_LEASE_SECONDS", "rate lease seconds"),
    ]

    /// Takes the limits set in `environment` (see ``environmentNames``); a value that is not a
    /// number is refused naming the variable. Call ``validate()`` afterwards for the ranges.
    public mutating func apply(environment: [String: String]) throws(Problem) {
        func number(_ name: String) throws(Problem) -> Double? {
            guard let text = environment[name] else { return nil }
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                throw Problem(setting: name, value: "'\(text)'", rule: "must be a number")
            }
            return value
        }
        func whole(_ name: String) throws(Problem) -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw Problem(setting: name, value: "'\(text)'", rule: "must be a whole number")
            }
            return value
        }
        if let value = try whole("CALLBOARD_API_LONG_EXPORT_ROWS") { longExportRows = value }
        if let value = try whole("CALLBOARD_API_LONG_EXPORTS_PER_TOKEN") { longExportsPerToken = value }
        if let value = try whole("CALLBOARD_API_LONG_EXPORTS_PER_SERVER") { longExportsPerServer = value }
        if let value = try number("CALLBOARD_API_FAILED_ATTEMPT_BURST") { failedAttemptBurst = value }
        if let value = try number("CALLBOARD_API_FAILED_ATTEMPTS_PER_SECOND") { failedAttemptsPerSecond = value }
        if let value = try number("CALLBOARD_API_HEADER_TIMEOUT_SECONDS") { headerTimeoutSeconds = value }
        if let value = try number("CALLBOARD_API_IDLE_TIMEOUT_SECONDS") { idleTimeoutSeconds = value }
        if let value = try whole("CALLBOARD_API_RESPONSE_CACHE_BYTES") { responseCacheBytes = value }
        if let value = try number("CALLBOARD_API_RATE_LEASE_SECONDS") { rateLeaseSeconds = value }
    }
}
