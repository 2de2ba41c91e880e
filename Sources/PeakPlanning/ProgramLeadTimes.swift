import CallboardDomain
import CallboardOperations
import CapacityPlanning
import EventStore

/// The training lead time of every queue: from the program the queue requires
/// (`RequiredProgram`), its modules and nesting days; ``TrainingLeadTime/default`` for
/// queues no program covers.
enum ProgramLeadTimes {
    static func read(from store: EventLog) async throws -> [QueueID: TrainingLeadTime] {
        let programs = try await states(TrainingProgram.self, category: "program", store)
        let queues = try await states(Queue.self, category: "queue", store)
        return RequiredProgram.byQueue(queues, among: programs).mapValues { program in
            TrainingLeadTime(programID: program.id.rawValue, modules: program.requirements.modules.count,
                             nestingDays: program.requirements.nesting.days)
        }
    }

    /// Every stream of a category folded into its state.
    private static func states<Rules: Decider>(_ rules: Rules.Type, category: String, _ store: EventLog) async throws -> [Rules.State] {
        let events = try await store.readCategory(category)
        let byStream = Dictionary(grouping: events, by: \.streamID)
        return try byStream.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { stream in
            Rules.fold(try byStream[stream]!.map { try $0.domainEvent(as: Rules.Event.self) })
        }
    }
}
