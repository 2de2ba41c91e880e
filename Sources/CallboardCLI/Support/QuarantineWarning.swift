import Foundation
import Projections

/// The warning a reader prints on standard error when a read model it answers from has
/// quarantined events: the answer leaves those events out, and the operator should know
/// which and why (`callboard projections status` lists them).
enum QuarantineWarning {
    static func note(_ engine: ProjectionEngine, readModels: [String]) async {
        guard let quarantined = try? await engine.quarantined() else { return }
        let relevant = quarantined.filter { readModels.contains($0.projection) }
        for name in readModels {
            let events = relevant.filter { $0.projection == name }
            guard let first = events.first else { continue }
            let text = "warning: \(name) leaves out \(events.count) quarantined event\(events.count == 1 ? "" : "s")"
                + " (first: \(first.streamID) \(first.eventType) at \(first.checkpoint): \(first.reason));"
                + " see `callboard projections status`\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
