import Projections
import ServiceLifecycle

/// The projection engine as a lifecycle service: keeps every read model current until the
/// service group shuts down, then stops between batches (each batch commits with its
/// checkpoint, so stopping loses or repeats nothing).
struct ProjectionRunnerService: Service {
    let engine: ProjectionEngine

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await engine.run()
        }
    }
}
