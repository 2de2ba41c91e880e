import CallboardImport
import EventStore

/// Imports CSV files into the event log: the entry point for the `import` command and the
/// demo. A file is accepted whole or not at all; importing it again appends nothing.
public struct Importer: Sendable {
    public let store: EventLog
    public let actor: String

    public init(store: EventLog, actor: String) {
        self.store = store
        self.actor = actor
    }

    /// Imports `text`, the content of a file of `kind`, reporting problems under `file`.
    ///
    /// - Throws: `ImportRejection` listing every problem (nothing appended); `AppendError`
    ///   when another writer changed a touched stream meanwhile (nothing appended); database errors.
    public func importFile(_ kind: ImportKind, text: String, file: String) async throws -> ImportReport {
        let origin = ChangeOrigin.importing(file, actor: actor)
        func run<Format: ImportBinding>(_ format: Format.Type) async throws -> ImportReport {
            try await ImportSession<Format>(store: store, origin: origin).run(text: text, file: file)
        }
        switch kind {
        case .sites: return try await run(SitesFormat.self)
        case .accounts: return try await run(AccountsFormat.self)
        case .queues: return try await run(QueuesFormat.self)
        case .trainingPrograms: return try await run(TrainingProgramsFormat.self)
        case .agents: return try await run(AgentsFormat.self)
        case .trainingProgress: return try await run(TrainingProgressFormat.self)
        case .shifts: return try await run(ShiftsFormat.self)
        case .intervals: return try await run(IntervalsFormat.self)
        case .agentIntervals: return try await run(AgentIntervalsFormat.self)
        case .qa: return try await run(QAFormat.self)
        case .csat: return try await run(CSATFormat.self)
        case .commendations: return try await run(CommendationsFormat.self)
        case .queueClosures: return try await run(QueueClosuresFormat.self)
        case .campaigns: return try await run(CampaignsFormat.self)
        }
    }
}
