@testable import CallboardHTTP
import Testing

/// Settings that reach the API from `serve` flags and the environment are checked against
/// their ranges before the server starts (issue 11: `serve --port 99999` listened on 34463).
@Suite struct ConfigurationTests {
    @Test func theDefaultsAreValid() throws {
        try ExportAPIConfiguration().validate()
    }

    @Test(arguments: [
        ("port", { var c = ExportAPIConfiguration(); c.port = 99_999; return c }()),
        ("port", { var c = ExportAPIConfiguration(); c.port = 0; return c }()),
        ("port", { var c = ExportAPIConfiguration(); c.port = -1; return c }()),
        ("host", { var c = ExportAPIConfiguration(); c.host = "local\u{0}host"; return c }()),
        ("rate per second", { var c = ExportAPIConfiguration(); c.ratePerSecond = .nan; return c }()),
        ("rate burst", { var c = ExportAPIConfiguration(); c.rateBurst = .infinity; return c }()),
        ("rate lease seconds", { var c = ExportAPIConfiguration(); c.rateLeaseSeconds = -0.5; return c }()),
        ("token cache seconds", { var c = ExportAPIConfiguration(); c.tokenCacheSeconds = 1e300; return c }()),
        ("positions max age seconds", { var c = ExportAPIConfiguration(); c.positionsMaxAgeSeconds = 1e300; return c }()),
        ("long exports per token", { var c = ExportAPIConfiguration(); c.longExportsPerToken = 0; return c }()),
        ("long exports per server", { var c = ExportAPIConfiguration(); c.longExportsPerServer = -3; return c }()),
        ("header timeout seconds", { var c = ExportAPIConfiguration(); c.headerTimeoutSeconds = 0; return c }()),
        ("idle timeout seconds", { var c = ExportAPIConfiguration(); c.idleTimeoutSeconds = -1; return c }()),
        ("readiness database timeout seconds", { var c = ExportAPIConfiguration(); c.readinessDatabaseTimeoutSeconds = 1e20; return c }()),
    ])
    func outOfRangeSettingsAreRefusedNamingTheSetting(setting: String, configuration: ExportAPIConfiguration) {
        #expect {
            try configuration.validate()
        } throws: { error in
            (error as? ExportAPIConfiguration.Problem)?.setting == setting
        }
    }

    @Test func limitsComeFromTheEnvironment() throws {
        var configuration = ExportAPIConfiguration()
        try configuration.apply(environment: [
            "CALLBOARD_API_LONG_EXPORTS_PER_TOKEN": "2", "CALLBOARD_API_LONG_EXPORTS_PER_SERVER": "8",
            "CALLBOARD_API_LONG_EXPORT_ROWS": "50000", "CALLBOARD_API_HEADER_TIMEOUT_SECONDS": "5",
            "CALLBOARD_API_IDLE_TIMEOUT_SECONDS": "30", "CALLBOARD_API_FAILED_ATTEMPT_BURST": "0",
            "CALLBOARD_API_FAILED_ATTEMPTS_PER_SECOND": "1.5", "CALLBOARD_API_RESPONSE_CACHE_BYTES": "1048576",
            "CALLBOARD_API_RATE_LEASE_SECONDS": "0",
        ])
        #expect(configuration.longExportsPerToken == 2 && configuration.longExportsPerServer == 8)
        #expect(configuration.longExportRows == 50_000 && configuration.headerTimeoutSeconds == 5)
        #expect(configuration.idleTimeoutSeconds == 30 && configuration.failedAttemptBurst == 0)
        #expect(configuration.failedAttemptsPerSecond == 1.5 && configuration.responseCacheBytes == 1 << 20)
        #expect(configuration.rateLeaseSeconds == 0)
        try configuration.validate()
        #expect(throws: ExportAPIConfiguration.Problem.self) {
            try configuration.apply(environment: ["CALLBOARD_API_LONG_EXPORTS_PER_TOKEN": "one"])
        }
        #expect(throws: ExportAPIConfiguration.Problem.self) {
            try configuration.apply(environment: ["CALLBOARD_API_IDLE_TIMEOUT_SECONDS": "nan"])
        }
        #expect(ExportAPIConfiguration.environmentNames.count == 9)
    }
}
