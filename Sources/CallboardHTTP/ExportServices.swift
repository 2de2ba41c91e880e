import CallboardProjections
import EventStore
import Logging
import Projections
import Prometheus

/// What the API's handlers share: the store and readers, the token authority and rate
/// limiter, the account profile cache, the metrics registry and the agent pseudonyms.
struct ExportServices: Sendable {
    let store: EventStore
    let reader: ReportReader
    let engine: ProjectionEngine
    let configuration: ExportAPIConfiguration
    let logger: Logger
    let tokens: TokenAuthority
    let limiter: RateLimiter
    let profiles: ProfileCache
    let positions: PositionCache
    let registry: PrometheusCollectorRegistry
    let metrics: PrometheusMetricsFactory
    let pseudonyms: AgentPseudonyms

    init(store: EventStore, configuration: ExportAPIConfiguration, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        reader = ReportReader(store: store, logger: logger)
        engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: logger)
        tokens = TokenAuthority(client: store.client, cacheSeconds: configuration.tokenCacheSeconds, logger: logger)
        limiter = RateLimiter(.init(perSecond: configuration.ratePerSecond, burst: configuration.rateBurst))
        profiles = ProfileCache(reader: reader)
        positions = PositionCache(reader: reader, maxAge: .milliseconds(Int64(configuration.positionsMaxAgeSeconds * 1000)))
        registry = PrometheusCollectorRegistry()
        metrics = PrometheusMetricsFactory(registry: registry)
        pseudonyms = AgentPseudonyms(secret: configuration.pseudonymSecret)
        if configuration.pseudonymSecret == nil {
            logger.warning("no pseudonym secret configured (CALLBOARD_PSEUDONYM_SECRET): agent pseudonyms change at every start")
        }
    }
}
