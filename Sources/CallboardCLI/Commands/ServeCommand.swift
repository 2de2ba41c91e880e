import ArgumentParser
import CallboardDomain
import CallboardHTTP
import CallboardProjections
import EventStore
import Foundation
import Logging
import PostgresNIO
import Projections
import ServiceLifecycle

/// `callboard serve`: the clients' HTTP export API and the projection runner in one process,
/// under one service group with the database client. SIGTERM or SIGINT shuts down
/// gracefully: the server stops accepting, in-flight responses finish, then the projection
/// runner stops between batches and the database client closes.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the clients' read-only HTTP export API and keep the read models current.",
        discussion: """
            Endpoints, formats and tokens: see README.md ("HTTP export API") and GET /openapi.json. \
            Rate limits are per token and shared by every server on the database (kept in \
            PostgreSQL; each server limits on its own while the database cannot be reached). Agents appear in exports only \
            under pseudonyms keyed by CALLBOARD_PSEUDONYM_SECRET (set it, or they change at every start).
            """
    )

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "Requests per second each token may make on average.") var ratePerSecond = 20.0
    @Option(help: "Requests each token may make at once (token bucket size).") var rateBurst = 40.0
    @Option(help: "Seconds a token's record is trusted before it is looked up again.") var tokenCacheSeconds = 2.0
    @Option(help: "Seconds the read models' positions, read for one request, serve the next ones.")
    var positionsMaxAgeSeconds = 0.1
    @Option(help: "/readyz fails when a read model lags more than this many seconds.") var readinessLagSeconds = 30.0
    @Flag(help: "Serve without running the projections (another process runs them).") var noProjections = false
    @OptionGroup var limits: ServeLimitOptions

    func validate() throws {
        guard InputLimits.port.contains(port) else {
            throw ValidationError("--port \(InputLimits.port.rule), but was \(port)")
        }
        for (option, value) in [("--rate-per-second", ratePerSecond), ("--rate-burst", rateBurst)]
        where !(value.isFinite && value > 0) {
            throw ValidationError("\(option) must be a number above 0, but was \(value)")
        }
        for (option, value) in [("--token-cache-seconds", tokenCacheSeconds),
                                ("--positions-max-age-seconds", positionsMaxAgeSeconds),
                                ("--readiness-lag-seconds", readinessLagSeconds)]
        where !(value.isFinite && value >= 0 && value <= 86_400) {
            throw ValidationError("\(option) must be from 0 to 86400 seconds, but was \(value)")
        }
    }

    func run() async throws {
        var logger = CommandLogger.make(label: "callboard.serve")
        if logger.logLevel > .info { logger.logLevel = .info }
        var configuration = ExportAPIConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.ratePerSecond = ratePerSecond
        configuration.rateBurst = rateBurst
        configuration.tokenCacheSeconds = tokenCacheSeconds
        configuration.readinessLagSeconds = readinessLagSeconds
        configuration.positionsMaxAgeSeconds = positionsMaxAgeSeconds
        configuration.pseudonymSecret = ProcessInfo.processInfo.environment["CALLBOARD_PSEUDONYM_SECRET"].map { Array($0.utf8) }
        try limits.apply(to: &configuration)

        let target = try DatabaseTarget.resolve()
        try target.ensureRunning()
        var clientConfiguration = try target.application.clientConfiguration(
            sessionParameters: DatabaseDeadlines.fromEnvironment.sessionParameters)
        // The runner's batches take a pooled connection each at a time, beside the requests.
        clientConfiguration.options.maximumConnections = DatabaseTarget.maximumConnections
        let client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        // The runner's LISTEN and leader locks: two sessions to the direct URL.
        let sessions = PostgresClient(
            configuration: try target.sessionClientConfiguration(.fromEnvironment), backgroundLogger: logger)
        let store = EventLog(client: client, sessions: sessions, logger: logger)
        // Exports read a replica first when CALLBOARD_READ_DATABASE_URL names any; the runner stays on the primary.
        let replicas = try DatabaseTarget.readReplicas(primary: store, logger: logger)
        let api = ExportAPI(store: store, configuration: configuration, logger: logger, replicas: replicas)
        var services: [any Service] = [client, sessions] + (replicas?.clients ?? [])
        if !noProjections {
            services.append(ProjectionRunnerService(
                engine: ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: logger)))
        }
        services.append(api.application())
        // Services stop in reverse order: the server first, the database client last.
        let group = ServiceGroup(configuration: .init(
            services: services.map { .init(service: $0) }, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
