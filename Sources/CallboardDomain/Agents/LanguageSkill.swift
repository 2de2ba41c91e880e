/// A language an agent speaks and how well: queues need agents who can serve buyers in
/// the queue's language.
public struct LanguageSkill: Hashable, Sendable, Codable {
    public let language: LanguageCode
    public let proficiency: Proficiency

    public init(_ language: LanguageCode, _ proficiency: Proficiency) {
        self.language = language
        self.proficiency = proficiency
    }
}

/// How well an agent speaks a language, strongest first.
public enum Proficiency: String, Sendable, Codable, CaseIterable {
    case native, fluent, working
}

extension FieldChecks {
    mutating func requireLanguageSkills(_ skills: [LanguageSkill], _ field: String) {
        requireLanguages(skills.map(\.language), field)
    }
}
