import ArgumentParser
import CallboardHTTP
import Foundation

/// The export API's cost limits and connection timeouts, as `callboard serve` flags. Each
/// can also come from the environment (`CALLBOARD_API_*`, see README "HTTP export API");
/// a flag wins over the environment, and every value is checked against its range before
/// the server starts (exit 64 naming the setting).
struct ServeLimitOptions: ParsableArguments {
    @Option(help: "Long exports each token may run at once (env CALLBOARD_API_LONG_EXPORTS_PER_TOKEN; default 1).")
    var longExportsPerToken: Int?
    @Option(help: "Long exports this process runs at once (env CALLBOARD_API_LONG_EXPORTS_PER_SERVER; default 4).")
    var longExportsPerServer: Int?
    @Option(help: "Estimated rows beyond which an export is long (env CALLBOARD_API_LONG_EXPORT_ROWS; default 10000).")
    var longExportRows: Int?
    @Option(help: "Seconds of a token's rate this server takes from the shared limit per database call (env CALLBOARD_API_RATE_LEASE_SECONDS; default 0.05, 0: one call per request).")
    var rateLeaseSeconds: Double?
    @Option(help: "Refused tokens one client address may present at once (env CALLBOARD_API_FAILED_ATTEMPT_BURST; default 20, 0: no limit).")
    var failedAttemptBurst: Double?
    @Option(help: "Refused tokens per second an address regains (env CALLBOARD_API_FAILED_ATTEMPTS_PER_SECOND; default 0.2).")
    var failedAttemptsPerSecond: Double?
    @Flag(help: "Limit refused tokens by the last X-Forwarded-For address of requests from a loopback proxy.")
    var trustForwardedFor = false
    @Option(help: "Seconds a connection has to send a request's headers (env CALLBOARD_API_HEADER_TIMEOUT_SECONDS; default 10).")
    var headerTimeoutSeconds: Double?
    @Option(help: "Seconds an idle connection is kept open (env CALLBOARD_API_IDLE_TIMEOUT_SECONDS; default 60).")
    var idleTimeoutSeconds: Double?

    /// Sets the environment's limits, then the flags', then checks the whole configuration.
    func apply(to configuration: inout ExportAPIConfiguration,
               environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        do {
            try configuration.apply(environment: environment)
            if let longExportsPerToken { configuration.longExportsPerToken = longExportsPerToken }
            if let longExportsPerServer { configuration.longExportsPerServer = longExportsPerServer }
            if let longExportRows { configuration.longExportRows = longExportRows }
            if let rateLeaseSeconds { configuration.rateLeaseSeconds = rateLeaseSeconds }
            if let failedAttemptBurst { configuration.failedAttemptBurst = failedAttemptBurst }
            if let failedAttemptsPerSecond { configuration.failedAttemptsPerSecond = failedAttemptsPerSecond }
            if trustForwardedFor { configuration.trustForwardedFor = true }
            if let headerTimeoutSeconds { configuration.headerTimeoutSeconds = headerTimeoutSeconds }
            if let idleTimeoutSeconds { configuration.idleTimeoutSeconds = idleTimeoutSeconds }
            try configuration.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }
}
