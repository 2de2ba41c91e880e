/// What a client's training lead asks to happen to a training program.
public enum TrainingProgramCommand: Sendable, Equatable {
    /// Define a program; the context must carry the account and its open queues.
    case define(DefineTrainingProgram)
    case revise(ReviseTrainingProgram)
    /// Retire a program: it stops gating its queues.
    case retire(RetireTrainingProgram)

    public var programID: ProgramID {
        switch self {
        case let .define(define): define.programID
        case let .revise(revise): revise.programID
        case let .retire(retire): retire.programID
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
    /// The account's program this one takes over from, retiring it from gating. An
    /// account-wide program for an account that already has one must name it here (or be
    /// scoped to the queues it takes over).
    public var replaces: ProgramID?

    public init(programID: ProgramID, accountID: AccountID, name: String, scope: ProgramScope = .wholeAccount,
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

/// The request to retire a program from `retiredOn` (the day the client ended it).
public struct RetireTrainingProgram: Sendable, Equatable {
    public var programID: ProgramID
    public var retiredOn: LocalDate
    public var reason: String

    public init(programID: ProgramID, retiredOn: LocalDate, reason: String) {
        self.programID = programID
        self.retiredOn = retiredOn
        self.reason = reason
    }
}

/// What a program decision needs from other streams: the client account (nil when never
/// signed), the ids of its open queues, which a scoped program may name, and the account's
/// programs, which an account-wide definition must not silently take over from.
public struct TrainingProgramContext: Sendable {
    public var account: ClientAccountState?
    public var accountQueues: Set<QueueID>
    /// The account's programs (retired ones included).
    public var accountPrograms: [TrainingProgramState]

    public init(account: ClientAccountState? = nil, accountQueues: Set<QueueID> = [],
                accountPrograms: [TrainingProgramState] = []) {
        self.account = account
        self.accountQueues = accountQueues
        self.accountPrograms = accountPrograms
    }
}
