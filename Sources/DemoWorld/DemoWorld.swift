import Foundation

/// A deterministic, realistic world for demos and tests: six contact-centre sites, six
/// cross-border e-commerce clients with 44 queues, about 1,500 agents, two years of
/// interval history with intraday, weekly and peak-season shape, recent agent activity and
/// quality facts, and the coming three weeks of shifts, all as import files. Interval
/// history comes one file per queue and agent activity one file per site, so each import
/// stays a manageable size.
///
/// The same seed and `now` always give byte-identical files; nothing reads the system
/// clock or the system random generator.
public enum DemoWorld {
    /// Generates the world as of `now` (the demo passes today's date): interval history up to
    /// the last complete interval before `now`, shifts for the three weeks after it.
    ///
    /// In a world of several regions (``DemoSize``), call it once per region, inside
    /// ``DemoRegion/generating(_:)``: the region renames the catalog and draws its own randoms.
    public static func generate(seed: UInt64, now: Date, scale: DemoScale = .full, intervalMinutes: Int = 30) -> DemoWorldFiles {
        let seed = DemoRegion.current.number == 1 ? seed : seed &+ UInt64(DemoRegion.current.number) &* 0x9E37_79B9
        let window = HistoryWindow(now: now, scale: scale)
        let clocks = SiteClock.all(window: window)
        let roster = AgentRoster.make(seed: seed, scale: scale, window: window)
        let training = TrainingPlan.make(roster, window: window, seed: seed)
        let activity: [FileBatch.Build] = SiteProfile.all.map { site in
            { AgentActivity.file(for: site, roster, window: window, scale: scale, clocks: clocks, seed: seed) }
        }
        let heavy = activity + [{ CSATSurveys.file(roster, window: window, clocks: clocks, seed: seed) }]
            + QueueCatalog.all.map { queue in { IntervalHistory.file(for: queue, window: window, scale: scale, seed: seed, minutes: intervalMinutes) } }
        let built = FileBatch.make(heavy + [
            { QAEvaluations.file(roster, window: window, clocks: clocks, seed: seed) },
            { Commendations.file(roster, window: window, clocks: clocks, seed: seed) },
            { ShiftPlan.file(roster, window: window, clocks: clocks, certifiedThrough: training.shiftsThrough) },
        ])
        let reference = [SitesFile.make(), AccountsFile.make(), QueuesFile.make(window: window),
                         AgentsFile.make(roster), TrainingProgramsFile.make(window: window),
                         TrainingProgressFile.make(training),
                         QueueClosuresFile.make(window: window), CampaignsFile.make(window: window)]
        let files = DemoFileKind.allCases.flatMap { kind in (reference + built).filter { $0.kind == kind } }
        return DemoWorldFiles(files: files, summary: WorldCensus.summary(of: files, roster: roster, window: window))
    }
}
