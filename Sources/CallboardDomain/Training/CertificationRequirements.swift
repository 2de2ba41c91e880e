/// What an agent must do to be certified on a program, and for how long the certification then
/// holds: the content a program revision replaces as a whole (a new tablet model brings new
/// modules, perhaps a stricter assessment).
public struct CertificationRequirements: Hashable, Sendable, Codable {
    public let modules: [TrainingModule]
    public let assessment: AssessmentRule
    public let nesting: NestingRule
    /// How many calendar months a certification holds before the agent must recertify.
    public let validityMonths: Int

    public init(modules: [TrainingModule], assessment: AssessmentRule, nesting: NestingRule, validityMonths: Int) {
        self.modules = modules
        self.assessment = assessment
        self.nesting = nesting
        self.validityMonths = validityMonths
    }

    /// The module ids, in the program's order.
    public var moduleIDs: [ModuleID] { modules.map(\.id) }
}

extension FieldChecks {
    mutating func requireRequirements(_ requirements: CertificationRequirements) {
        requireDistinctNonEmpty(requirements.moduleIDs, "modules")
        for module in requirements.modules {
            requireIdentifier(module.id, "modules.id")
            requireText(module.title, "modules.title")
        }
        requireAssessmentRule(requirements.assessment, "assessment")
        requireNestingRule(requirements.nesting, "nesting")
        require(requirements.validityMonths, within: InputLimits.validityMonths, "validityMonths")
    }
}
