/// A client account's training program was defined (revision 1): its scope, modules,
/// assessment, nesting standard and how long certifications hold.
public struct TrainingProgramDefined: EventPayload {
    public static let eventType = "TrainingProgramDefined"
    public let programID: ProgramID
    public let accountID: AccountID
    public let name: String
    public let scope: ProgramScope
    public let requirements: CertificationRequirements
    public let definedOn: LocalDate
    /// The program of the same account this one takes over from (which stops gating any
    /// queue); absent in events recorded before programs could replace one another.
    public let replaces: ProgramID?
    public var naturalKey: String { programID.rawValue }

    public init(programID: ProgramID, accountID: AccountID, name: String, scope: ProgramScope,
                requirements: CertificationRequirements, definedOn: LocalDate, replaces: ProgramID? = nil) {
        self.programID = programID
        self.accountID = accountID
        self.name = name
        self.scope = scope
        self.requirements = requirements
        self.definedOn = definedOn
        self.replaces = replaces
    }
}

/// A program's content changed (e.g. a new tablet model). Agents enrolling from now on train
/// on the new requirements; with `recertifyBy`, earlier holders must recertify by that day.
public struct TrainingProgramRevised: EventPayload {
    public static let eventType = "TrainingProgramRevised"
    public let programID: ProgramID
    public let revision: Int
    public let summary: String
    public let requirements: CertificationRequirements
    public let effectiveOn: LocalDate
    public let recertifyBy: LocalDate?
    public var naturalKey: String { CallboardDomain.naturalKey(programID, revision) }
}

/// A program was retired: from now on it gates no queue, so the queues it covered require
/// the next program in line (``RequiredProgram``), or none. Certifications on it stay on
/// record. `retiredOn` is the day the client ended it.
public struct TrainingProgramRetired: EventPayload {
    public static let eventType = "TrainingProgramRetired"
    public let programID: ProgramID
    public let retiredOn: LocalDate
    public let reason: String
    public var naturalKey: String { programID.rawValue }
}
