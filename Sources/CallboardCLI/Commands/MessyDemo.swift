import CallboardImport
import CallboardOperations
import DemoWorld
import Foundation

/// `callboard demo --world messy`: loads the messy world (Sources/DemoWorld/Messy) through the
/// importers and says what was done to which day, so a backtest's exclusions can be checked.
enum MessyDemo {
    static func load(seed: UInt64, now: Date, writeFiles: String?) async throws {
        let world = MessyWorld.generate(seed: seed, now: now)
        if let writeFiles { try DemoCommand.write(world.files, to: writeFiles) }
        try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            let importer = Importer(store: store, actor: "callboard demo")
            for (index, file) in world.files.enumerated() {
                guard let kind = ImportKind(rawValue: file.kind.rawValue) else { continue }
                let report = try await importer.importFile(kind, text: file.csvText, file: file.fileName)
                Progress.note("[\(index + 1)/\(world.files.count)] \(report)")
            }
        }
        let facts = world.facts
        print("""
            Messy world loaded (seed \(seed)): client northwind, 120 weeks of history.
            \(facts.callCentreQueue): weekday call centre, 30-minute intervals, Mon-Fri 08:00-18:00 New York time
              closed on US public holidays (recorded as queue closures): \(facts.holidayClosures.count) days
              feed gaps (open days missing from the export): \(facts.feedGaps.joined(separator: ", "))
              telephony outage (about 10% of normal): \(facts.outage)
              client launch (uplift 35% falling to 5%, not recorded as a campaign): \(facts.launch.first ?? "") to \(facts.launch.last ?? "")
            \(facts.retailQueue): 24/7 retail queue, hourly arrivals in 30-minute rows, London time
              Christmas run-up in \(facts.christmasSeasons.map(String.init).joined(separator: ", "))
            Try: callboard forecast backtest --queue \(facts.callCentreQueue) --origins 4 --horizon 28d --to <last reported day>
            """)
    }
}
