/// How buyers reach a seller; the generator's own copy of the importer's channel names, so
/// this target stays free of dependencies.
enum Channel: String, Sendable, CaseIterable {
    case voice, chat, email, social

    /// Voice and chat are answered while the buyer waits; email and social messages wait in
    /// a backlog for a first response.
    var isRealTime: Bool { self == .voice || self == .chat }
}
