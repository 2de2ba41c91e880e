import CallboardImport
import DemoWorld
import Testing

extension WorldSuites {
    /// The importer reads every file of the small world without a single problem: the demo
    /// world is written in exactly the formats of docs/import-formats.md.
    @Suite struct ImporterParsingTests {
        @Test(arguments: DemoFileKind.allCases)
        func everyFileParses(kind: DemoFileKind) {
            for file in Worlds.small.files(of: kind) {
                let (rows, parsedRows, problems) = parse(file)
                #expect(problems.isEmpty, "\(file.fileName): \(problems.prefix(5).map(\.description))")
                #expect(rows == file.rowCount && parsedRows == file.rowCount, "\(file.fileName)")
            }
        }

        @Test func kindsAreTheImportersKinds() {
            #expect(DemoFileKind.allCases.map(\.name) == ImportKind.allCases.map(\.rawValue))
        }

        /// Data rows read, rows that became commands, and problems.
        private func parse(_ file: DemoFile) -> (Int, Int, [ImportProblem]) {
            func read<Format: ImportFormat>(_: Format.Type) -> (Int, Int, [ImportProblem]) {
                let parsed = ParsedImport<Format>(text: file.csvText, file: file.fileName)
                return (parsed.rowCount, parsed.rows.count, parsed.problems)
            }
            return switch file.kind {
            case .sites: read(SitesFormat.self)
            case .accounts: read(AccountsFormat.self)
            case .queues: read(QueuesFormat.self)
            case .trainingPrograms: read(TrainingProgramsFormat.self)
            case .agents: read(AgentsFormat.self)
            case .trainingProgress: read(TrainingProgressFormat.self)
            case .shifts: read(ShiftsFormat.self)
            case .intervals: read(IntervalsFormat.self)
            case .agentIntervals: read(AgentIntervalsFormat.self)
            case .qa: read(QAFormat.self)
            case .csat: read(CSATFormat.self)
            case .commendations: read(CommendationsFormat.self)
            case .queueClosures: read(QueueClosuresFormat.self)
            case .campaigns: read(CampaignsFormat.self)
            }
        }
    }
}
