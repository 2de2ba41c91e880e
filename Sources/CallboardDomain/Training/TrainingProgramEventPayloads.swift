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
    public var naturalKey: String { programID.rawValue }
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
