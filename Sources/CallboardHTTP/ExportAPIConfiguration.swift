/// How the export API runs: where it listens and its limits. Defaults suit one `serve`
/// process on a small machine; `callboard serve --help` names the flags.
public struct ExportAPIConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Requests per second each token may make on average, and at once.
    public var ratePerSecond = 20.0
    public var rateBurst = 40.0
    /// How long a token's record is trusted before it is looked up again (revocation delay).
    public var tokenCacheSeconds = 2.0
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
    /// The secret behind agent pseudonyms in exports; nil makes one per process (pseudonyms
    /// then change at every start). `callboard serve` reads `CALLBOARD_PSEUDONYM_SECRET`.
    public var pseudonymSecret: [UInt8]?

    public init() {}
}
