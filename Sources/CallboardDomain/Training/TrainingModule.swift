/// A classroom module agents complete before the assessment (product knowledge, policies,
/// tools). Completion is recorded per module, so an unknown module can be refused.
public struct TrainingModule: Hashable, Sendable, Codable {
    public let id: ModuleID
    public let title: String

    public init(_ id: ModuleID, title: String) {
        self.id = id
        self.title = title
    }
}
