/// The generated world as import files in dependency order (sites, accounts, queues,
/// agents, shifts, intervals one file per queue, agent intervals one file per site, QA,
/// CSAT, commendations), with its headline numbers. Importing the files in this order
/// yields the whole world.
public struct DemoWorldFiles: Sendable {
    public let files: [DemoFile]
    public let summary: DemoWorldSummary

    public init(files: [DemoFile], summary: DemoWorldSummary) {
        self.files = files
        self.summary = summary
    }

    /// The files of one kind, in import order.
    public func files(of kind: DemoFileKind) -> [DemoFile] {
        files.filter { $0.kind == kind }
    }

    /// The file with this name, if the world has one.
    public func file(named fileName: String) -> DemoFile? {
        files.first { $0.fileName == fileName }
    }
}
