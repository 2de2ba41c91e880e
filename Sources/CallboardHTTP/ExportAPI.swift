import CallboardProjections
import EventStore
import Hummingbird
import Logging

/// The clients' read-only HTTP export API: each client account's own data (its queues and
/// SLAs, interval service levels, SLA attainment, staffing coverage, its change feed) for
/// BI tools, in JSON, NDJSON or CSV, behind per-account bearer tokens.
///
/// Every `/v1` route passes ``TokenMiddleware`` (401, 429, other accounts 404) and is one
/// ``AccountExport``; ``ReadOnlyMiddleware`` answers 405 to anything but GET and HEAD.
/// Around everything: ``RequestMetricsMiddleware`` counts every answer with its final status,
/// ``RequestIDMiddleware`` gives each an `X-Request-Id`, ``HeadMiddleware`` answers HEAD, and
/// ``ErrorBoundaryMiddleware`` turns every error into a JSON answer (500s logged with their
/// cause), unknown paths included.
public struct ExportAPI: Sendable {
    let services: ExportServices

    /// Every export, in the order of the OpenAPI document. A new export: a type conforming
    /// to ``AccountExport`` in `Endpoints/`, added here, documented in `openapi.json`.
    static let exports: [any AccountExport] = [
        AccountProfileExport(), IntervalsExport(), DailyServiceLevelExport(), MonthlyServiceLevelExport(),
        CoverageExport(), CertifiedHeadcountExport(), PeakForecastExport(), PeakPlanExport(), ChangeFeedExport(),
    ]

    /// The unauthenticated paths.
    static let operationsPaths = ["/healthz", "/readyz", "/metrics", "/openapi.json"]

    /// Every path the router serves, in OpenAPI's `{parameter}` form.
    public static var paths: [String] {
        operationsPaths + exports.map { "/v1/accounts/{account}" + $0.path }
    }

    /// `replicas`: where exports and their positions are read first (nil: the primary only).
    public init(
        store: EventLog, configuration: ExportAPIConfiguration = ExportAPIConfiguration(), logger: Logger,
        replicas: ReadReplicas? = nil
    ) {
        services = ExportServices(store: store, configuration: configuration, logger: logger, replicas: replicas)
    }

    public func router() -> Router<ExportRequestContext> {
        // HEAD routes are registered with their GET (not `.autoGenerateHeadEndpoints`, whose
        // HEAD says `Content-Length: 0` for a streamed GET): ``HeadMiddleware`` answers them.
        let router = Router(context: ExportRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(factory: services.metrics))
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: HeadMiddleware())
        router.add(middleware: ErrorBoundaryMiddleware())
        router.add(middleware: ReadOnlyMiddleware())
        router.add(middleware: MinimumPositionMiddleware())
        let operations = OperationsRoutes(services: services)
        for method: HTTPRequest.Method in [.get, .head] {
            router.on("/healthz", method: method, use: operations.healthz)
            router.on("/readyz", method: method, use: operations.readyz)
            router.on("/metrics", method: method, use: operations.metrics)
            router.on("/openapi.json", method: method, use: operations.openAPI)
        }
        let accounts = router.group("/v1/accounts/{account}").add(middleware: TokenMiddleware(
            authority: services.tokens, limiter: services.limiter, failedAttempts: services.failedAttempts,
            trustForwardedFor: services.configuration.trustForwardedFor))
        for export in Self.exports {
            let responder = AccountExportResponder(export: export, services: services)
            accounts.on(RouterPath(export.path), method: .get, use: responder.respond)
            accounts.on(RouterPath(export.path), method: .head, use: responder.respond)
        }
        return router
    }

    /// The HTTP server as a lifecycle service, listening where the configuration says, with
    /// the header read and idle timeouts of the configuration (``TimedHTTP1Channel``).
    public func application() -> some ApplicationProtocol {
        let configuration = services.configuration
        return Application(
            router: router(),
            server: .http1(
                headerTimeout: .milliseconds(ExportServices.milliseconds(configuration.headerTimeoutSeconds)),
                idleTimeout: .milliseconds(ExportServices.milliseconds(configuration.idleTimeoutSeconds))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "callboard"),
            logger: services.logger)
    }
}
