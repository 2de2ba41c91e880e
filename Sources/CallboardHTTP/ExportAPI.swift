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

    public init(store: EventStore, configuration: ExportAPIConfiguration = ExportAPIConfiguration(), logger: Logger) {
        services = ExportServices(store: store, configuration: configuration, logger: logger)
    }

    public func router() -> Router<ExportRequestContext> {
        let router = Router(context: ExportRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestMetricsMiddleware(factory: services.metrics))
        router.add(middleware: ReadOnlyMiddleware())
        let operations = OperationsRoutes(services: services)
        router.get("/healthz", use: operations.healthz)
        router.get("/readyz", use: operations.readyz)
        router.get("/metrics", use: operations.metrics)
        router.get("/openapi.json", use: operations.openAPI)
        let accounts = router.group("/v1/accounts/{account}")
            .add(middleware: TokenMiddleware(authority: services.tokens, limiter: services.limiter))
        for export in Self.exports {
            let responder = AccountExportResponder(export: export, services: services)
            accounts.get(RouterPath(export.path), use: responder.respond)
        }
        return router
    }

    /// The HTTP server as a lifecycle service, listening where the configuration says.
    public func application() -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port),
                                 serverName: "callboard"),
            logger: services.logger)
    }
}
