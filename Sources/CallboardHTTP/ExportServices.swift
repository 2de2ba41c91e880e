import CallboardProjections
import EventStore
import Logging
import Projections
import Prometheus

/// What the API's handlers share: the store and readers, the token authority and the limits
/// (per-token rate, shared with the other servers through PostgreSQL; long exports, failed
/// token attempts per address), the account profile cache, the rendered responses kept
/// while their ETag holds, when the log began (for `as_of`), the metrics registry and the
/// agent pseudonyms.
struct ExportServices: Sendable {
    let store: EventLog
    let reader: ReportReader
    let engine: ProjectionEngine
    let configuration: ExportAPIConfiguration
    let logger: Logger
    let tokens: TokenAuthority
    let limiter: RateLimiter
    let longExports: LongExportAdmission
    let failedAttempts: FailedAttemptLimiter
    let profiles: ProfileCache
    let positions: PositionCache
    let renderedResponses: RenderedResponseCache
    let logBeginning: LogBeginning
    let registry: PrometheusCollectorRegistry
    let metrics: PrometheusMetricsFactory
    let pseudonyms: AgentPseudonyms
    let replicas: ReadReplicas?

    init(store: EventLog, configuration: ExportAPIConfiguration, logger: Logger, replicas: ReadReplicas? = nil) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.replicas = replicas
        reader = ReportReader(store: store, logger: logger, replicas: replicas)
        engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: logger)
        tokens = TokenAuthority(
            client: store.client, cacheSeconds: configuration.tokenCacheSeconds,
            unknownCacheSeconds: configuration.unknownTokenCacheSeconds, logger: logger)
        limiter = RateLimiter(
            .init(perSecond: configuration.ratePerSecond, burst: configuration.rateBurst, leaseSeconds: configuration.rateLeaseSeconds),
            shared: SharedRateBuckets(client: store.client, logger: logger, deadline: min(store.configuration.deadlines.statement, .seconds(3))),
            logger: logger)
        longExports = LongExportAdmission(.init(
            perToken: configuration.longExportsPerToken, perServer: configuration.longExportsPerServer,
            retryAfterSeconds: configuration.longExportRetryAfterSeconds))
        failedAttempts = FailedAttemptLimiter(.init(
            perSecond: configuration.failedAttemptsPerSecond, burst: configuration.failedAttemptBurst))
        profiles = ProfileCache(reader: reader)
        positions = PositionCache(reader: reader, maxAge: .milliseconds(Self.milliseconds(configuration.positionsMaxAgeSeconds)))
        renderedResponses = RenderedResponseCache(budget: configuration.responseCacheBytes)
        logBeginning = LogBeginning(store: store, logger: logger)
        registry = PrometheusCollectorRegistry()
        metrics = PrometheusMetricsFactory(registry: registry)
        pseudonyms = AgentPseudonyms(secret: configuration.pseudonymSecret)
        if configuration.pseudonymSecret == nil {
            logger.warning("no pseudonym secret configured (CALLBOARD_PSEUDONYM_SECRET): agent pseudonyms change at every start")
        }
    }

    /// `seconds` in whole milliseconds, within 0 to a day whatever the setting holds
    /// (``ExportAPIConfiguration/validate()`` refuses such settings; this never traps).
    static func milliseconds(_ seconds: Double) -> Int64 {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int64(min(seconds, 86_400) * 1000)
    }
}
