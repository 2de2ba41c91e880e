import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardOperations
import DemoWorld
import EventStore
import Foundation

/// `callboard demo`: builds the demo world (DOMAIN.md's sites and clients, about 1,500
/// agents, two years of interval history) deterministically from a seed, loads it
/// through the same import path operators use, and tours what is there.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load a realistic demo world through the importers and show what is there.",
        discussion: "Deterministic for a seed and a date; running it again appends nothing already there."
    )

    @Option(help: "The world's random seed.")
    var seed: UInt64 = 2026

    @Option(help: """
        full (about 1,500 agents, two years of history), small (about 300 agents, a tenth of the contacts, 9 weeks), \
        2x to 10x (that many regions of the full world, each its own sites and clients), or xl (ten regions, \
        15,000 agents, 440 queues, 15-minute intervals).
        """)
    var scale: DemoScaleOption = DemoScaleOption(size: .full)

    @Option(help: "standard (the demo world) or messy (two irregular queues for the forecast benchmark: feed gaps, holiday closures, an outage, a launch, a Christmas run-up).")
    var world: DemoWorldOption = .standard

    @Option(help: "The world's \"now\" as YYYY-MM-DD (default: today, UTC).")
    var now: String?

    @Option(help: "Also write the generated CSV files into this directory.")
    var writeFiles: String?

    func validate() throws { _ = try worldNow() }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let now = try worldNow()
        if self.world == .messy { return try await MessyDemo.load(seed: seed, now: now, writeFiles: writeFiles) }
        let size = scale.size
        let (seed, writeFiles) = (seed, writeFiles)
        let (totals, summary, generated) = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            var totals = DemoLoadTotals()
            var summary: DemoWorldSummary?
            var generated = Duration.zero
            let importer = Importer(store: store, actor: "callboard demo")
            // One region at a time: generated, imported, then let go (memory of one region).
            for region in size.allRegions {
                let generating = clock.now
                let world = region.generating {
                    DemoWorld.generate(seed: seed, now: now, scale: size.scale, intervalMinutes: size.intervalMinutes)
                }
                generated += clock.now - generating
                if region.number == 1 { summary = world.summary }
                if let writeFiles {
                    try Self.write(world.files, to: region.number == 1 ? writeFiles : writeFiles + "/region-\(region.number)")
                }
                let files = world.files
                let label = size.regions > 1 ? "region \(region.number)/\(size.regions) " : ""
                try await DemoFileImport.importAll(files, with: importer) { index, report in
                    totals.add(report)
                    Progress.note("\(label)[\(index + 1)/\(files.count)] \(report)")
                }
            }
            totals.sites = try await Listings(store: store).sites()
            totals.flaggedAgent = try await DemoAwards.record(store, now: now)
            return (totals, summary, generated)
        }
        let elapsed = clock.now - started
        guard let summary else { return }
        DemoTour(summary: summary, totals: totals, generated: generated, elapsed: elapsed).print()
    }

    private func worldNow() throws -> Date {
        guard let now else { return Date() }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        guard let date = formatter.date(from: now) else {
            throw ValidationError("--now must be a date like 2026-11-23; got \(now)")
        }
        // Two years of history before it and weeks of shifts after it stay in the calendar.
        guard date >= BusinessCalendar.firstInstant.addingTimeInterval(3 * 366 * 86_400),
              date < BusinessCalendar.endInstant.addingTimeInterval(-366 * 86_400) else {
            throw ValidationError("--now must be from 1903-01-01 to 9997-12-31; got \(now)")
        }
        return date
    }

    static func write(_ files: [DemoFile], to directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in files {
            try file.csvText.write(to: url.appendingPathComponent(file.fileName), atomically: true, encoding: .utf8)
        }
        Progress.note("wrote \(files.count) files to \(url.path)")
    }
}

/// The `--scale` choices: small, full, 2x to 10x, xl (`DemoSize`).
struct DemoScaleOption: ExpressibleByArgument {
    let size: DemoSize

    init(size: DemoSize) { self.size = size }

    init?(argument: String) {
        guard let size = DemoSize(named: argument) else { return nil }
        self.size = size
    }

    var defaultValueDescription: String { size.description }

    static var allValueStrings: [String] { ["small", "full", "2x", "3x", "xl"] }
}

/// The `--world` choices.
enum DemoWorldOption: String, ExpressibleByArgument, CaseIterable {
    case standard, messy
}
