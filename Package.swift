// swift-tools-version: 6.1
import PackageDescription
import class Foundation.ProcessInfo

/// Callboard: an event-sourced operations backend for a customer-service BPO.
///
/// Layers, innermost first (dependencies only point inward):
/// - `CivilCalendar`: the calendar values every layer shares (civil dates, months, weekdays,
///   interval lengths), pure Swift, depending on nothing.
/// - `EventStore`: a generic append-only event log on PostgreSQL (no business terms).
/// - `CallboardDomain`: the BPO's events and decisions, pure Swift, no I/O.
/// - `StaffingMath`: Erlang C / Erlang A and workload calculators, pure Swift.
/// - `Scorecards`: monthly scorecards and award standings, pure Swift.
/// - `Forecasting`: interval volume forecasts with peak-day uplifts and backtests, pure Swift.
/// - `CapacityPlanning`: seasons, required agents against certified supply, hiring plans, gap charts, pure Swift.
/// - `CallboardImport`: CSV files to domain commands, with line-numbered errors, pure Swift.
/// - `DomainEventCoding`: the event codec, domain events to and from stored events (one for writers and readers).
/// - `CallboardOperations`: runs commands and imports against the event store (the application layer).
/// - `Projections`: a generic engine that keeps read models current from the log.
/// - `CallboardProjections`: the site director's read models and report queries (live or as of an instant).
/// - `CallboardReports`: every report and export defined once (typed columns, parameters, rows), and the
///   one cell type, CSV writer and JSON rules both edges render with.
/// - `PeakPlanning`: the schedulers' forecast jobs (backtest, season run with lock and events).
/// - `DemoWorld`: a deterministic, realistic world of sites, clients and history, as import files.
/// - `EmbeddedPostgres`: runs a private PostgreSQL cluster for development and tests.
/// - `CZlib`: the system zlib, for the export API's gzip.
/// - `CallboardCLI`: the `callboard` executable, a thin edge that parses, calls and formats.
let package = Package(
    name: "callboard",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "callboard", targets: ["CallboardCLI"]),
        .library(name: "EventStore", targets: ["EventStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .target(
            name: "EventStore",
            dependencies: [
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "EmbeddedPostgres"),
        // The system zlib, for gzipped export responses (Debian: zlib1g-dev).
        .systemLibrary(name: "CZlib"),
        .target(name: "CivilCalendar"),
        .target(name: "CallboardDomain", dependencies: ["CivilCalendar"]),
        .target(name: "StaffingMath"),
        .target(name: "Forecasting", dependencies: ["CivilCalendar"]),
        .target(name: "CapacityPlanning", dependencies: ["StaffingMath", "Forecasting"]),
        .target(name: "Scorecards", dependencies: ["CallboardDomain"]),
        .target(name: "CallboardImport", dependencies: ["CallboardDomain"]),
        .target(name: "DomainEventCoding", dependencies: ["EventStore", "CallboardDomain"]),
        .target(
            name: "CallboardOperations",
            dependencies: [
                "EventStore",
                "CallboardDomain",
                "DomainEventCoding",
                "CallboardImport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "DemoWorld", dependencies: ["CivilCalendar", "Forecasting"]),
        .target(
            name: "Projections",
            dependencies: [
                "EventStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CallboardProjections",
            dependencies: [
                "Projections",
                "EventStore",
                "CallboardDomain",
                "DomainEventCoding",
                "CallboardImport",
                "Scorecards",
                "Forecasting",
                "CapacityPlanning",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CallboardReports",
            dependencies: [
                "CallboardProjections", "CallboardDomain", "EventStore", "Projections", "Forecasting", "CapacityPlanning", "Scorecards",
            ]
        ),
        .target(
            name: "PeakPlanning",
            dependencies: [
                "EventStore",
                "CallboardDomain",
                "DomainEventCoding",
                "CallboardOperations",
                "CallboardProjections",
                "Forecasting",
                "CapacityPlanning",
                "StaffingMath",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CallboardHTTP",
            dependencies: [
                "CivilCalendar",
                "EventStore",
                "CallboardOperations",
                "CallboardDomain",
                "Projections",
                "CallboardProjections",
                "CallboardReports",
                "CapacityPlanning",
                "CZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        .executableTarget(
            name: "CallboardCLI",
            dependencies: [
                "EventStore",
                "EmbeddedPostgres",
                "StaffingMath",
                "CallboardDomain",
                "CallboardImport",
                "CallboardOperations",
                "DemoWorld",
                "Projections",
                "CallboardProjections",
                "CallboardReports",
                "Scorecards",
                "CallboardHTTP",
                "Forecasting",
                "CapacityPlanning",
                "PeakPlanning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            plugins: ["BuildCommitStamp"]
        ),
        // Writes the git commit being built into CallboardCLI for `callboard --version`.
        .plugin(name: "BuildCommitStamp", capability: .buildTool()),
        .target(
            name: "PostgresTestSupport",
            dependencies: [
                "EventStore",
                "EmbeddedPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/PostgresTestSupport"
        ),
        .testTarget(name: "EventStoreTests", dependencies: ["EventStore", "PostgresTestSupport"]),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"]),
        .testTarget(
            name: "CallboardReportsTests",
            dependencies: ["CallboardReports", "CallboardProjections", "CallboardDomain", "Scorecards", "CapacityPlanning", "Forecasting"]),
        .testTarget(name: "CapacityPlanningTests", dependencies: ["CapacityPlanning", "Forecasting", "StaffingMath", "PostgresTestSupport"]),
        .testTarget(
            name: "PeakPlanningTests",
            dependencies: ["PeakPlanning", "CapacityPlanning", "Forecasting", "CallboardProjections", "Projections",
                           "CallboardDomain", "CallboardOperations", "DomainEventCoding", "EventStore", "PostgresTestSupport", "DemoWorld", "CallboardImport"]
        ),
        .testTarget(name: "ScorecardsTests", dependencies: ["Scorecards", "CallboardDomain"]),
        .testTarget(name: "StaffingMathTests", dependencies: ["StaffingMath"], exclude: ["Reference"]),
        .testTarget(name: "CallboardDomainTests", dependencies: ["CallboardDomain"]),
        .target(name: "FuzzSupport", dependencies: ["CallboardImport"], path: "Tests/FuzzSupport"),
        .testTarget(name: "CallboardImportTests", dependencies: ["CallboardImport", "CallboardDomain", "FuzzSupport"]),
        .testTarget(
            name: "CallboardOperationsTests",
            dependencies: ["CallboardOperations", "CallboardImport", "CallboardDomain", "EventStore", "PostgresTestSupport",
                           "CallboardProjections", "Projections", "FuzzSupport"]
        ),
        .testTarget(
            name: "CallboardCLITests",
            dependencies: ["CallboardCLI", "CallboardDomain", "CallboardReports", "FuzzSupport", "CapacityPlanning", "Forecasting", "DemoWorld",
                           "PostgresTestSupport", "EventStore", "CallboardOperations", "CallboardProjections", "Projections",
                           .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "DemoWorldTests", dependencies: ["DemoWorld", "CivilCalendar", "CallboardImport", "CapacityPlanning", "Forecasting", "StaffingMath"]),
        .testTarget(name: "ProjectionsTests", dependencies: ["Projections", "EventStore", "PostgresTestSupport"]),
        .testTarget(
            name: "CallboardProjectionsTests",
            dependencies: [
                "CallboardProjections", "Projections", "CallboardDomain", "DomainEventCoding", "EventStore", "PostgresTestSupport",
                "Scorecards", "FuzzSupport",
            ]
        ),
        .testTarget(
            name: "CallboardHTTPTests",
            dependencies: [
                "CallboardHTTP", "CallboardProjections", "CallboardReports", "Projections", "CallboardDomain", "CallboardOperations",
                "CapacityPlanning", "PeakPlanning", "EventStore",
                "PostgresTestSupport", "FuzzSupport", "CZlib",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// package-benchmark is heavy to build; it joins the package only when asked for,
// as Hummingbird does, so `make test` and CI stay fast.
if ProcessInfo.processInfo.environment["CALLBOARD_BENCHMARKS"] != nil {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"])
    )
    package.targets.append(
        .executableTarget(
            name: "EventStoreBenchmarks",
            dependencies: [
                "EventStore",
                "EmbeddedPostgres",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Benchmarks/EventStoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
    package.targets.append(
        .executableTarget(
            name: "PlanningBenchmarks",
            dependencies: [
                "CapacityPlanning",
                "Forecasting",
                "StaffingMath",
                "DemoWorld",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PlanningBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
}
