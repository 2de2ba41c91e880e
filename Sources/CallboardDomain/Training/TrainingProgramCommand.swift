/// What a client's training lead asks to happen to a training program.
public enum TrainingProgramCommand: Sendable, Equatable {
    /// Define a program; the context must carry the account and its open queues.
    case define(DefineTrainingProgram)
    case revise(ReviseTrainingProgram)

    public var programID: ProgramID {
        switch self {
        case let .define(define): define.programID
        case let .revise(revise): revise.programID
        }
    }
}

/// The request to define a training program for a client account.
public struct DefineTrainingProgram: Sendable, Equatable {
    public var programID: ProgramID
    public var accountID: AccountID
    public var name: String
    public var scope: ProgramScope
    public var requirements: CertificationRequirements
    public var definedOn: LocalDate

    public init(programID: ProgramID, accountID: AccountID, name: String, scope: ProgramScope = .wholeAccount,
                requirements: CertificationRequirements, definedOn: LocalDate) {
        self.programID = programID
        self.accountID = accountID
        self.name = name
        self.scope = scope
        self.requirements = requirements
        self.definedOn = definedOn
    }
}

/// The request to revise a program. `revision` is the number the training lead gives it (the
/// program's current revision plus one), so importing the same revision twice is harmless.
public struct ReviseTrainingProgram: Sendable, Equatable {
    public var programID: ProgramID
    public var revision: Int
    public var summary: String
    public var requirements: CertificationRequirements
    public var effectiveOn: LocalDate
    /// When set, agents certified under earlier revisions stay certified through this day only.
    public var recertifyBy: LocalDate?

    public init(programID: ProgramID, revision: Int, summary: String, requirements: CertificationRequirements,
                effectiveOn: LocalDate, recertifyBy: LocalDate? = nil) {
        self.programID = programID
        self.revision = revision
        self.summary = summary
        self.requirements = requirements
        self.effectiveOn = effectiveOn
        self.recertifyBy = recertifyBy
    }
}

/// What a program decision needs from other streams: the client account (nil when never
/// signed) and the ids of its open queues, which a scoped program may name.
public struct TrainingProgramContext: Sendable {
    public var account: ClientAccountState?
    public var accountQueues: Set<QueueID>

    public init(account: ClientAccountState? = nil, accountQueues: Set<QueueID> = []) {
        self.account = account
        self.accountQueues = accountQueues
    }
}
