/// Why a training program command was refused, in a sentence a site director understands.
public enum TrainingProgramRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case alreadyDefined(ProgramID)
    case notDefined(ProgramID)
    case accountNotSigned(AccountID)
    case accountOffboarded(AccountID)
    case queuesNotInAccount([QueueID], AccountID)
    /// Revisions are numbered one after the other; `expected` is the next number.
    case revisionOutOfSequence(ProgramID, revision: Int, expected: Int)
    /// The revision with this number was already recorded with different content.
    case revisionAlreadyRecorded(ProgramID, revision: Int)
    /// The account already has an account-wide program in force; a second one must name the
    /// queues it takes over or replace the existing one explicitly.
    case accountWideProgramExists(AccountID, existing: ProgramID, name: String)
    /// `replaces` names no program of the account in force.
    case replacedProgramNotInForce(ProgramID, AccountID)
    /// The program was retired (or replaced) and takes no more changes.
    case retired(ProgramID, on: LocalDate)
    /// The program was already retired on another day.
    case alreadyRetired(ProgramID, on: LocalDate)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .alreadyDefined(program):
            "Training program \(program) is already defined; revise it or choose another program id."
        case let .notDefined(program):
            "Training program \(program) has not been defined (field programID)."
        case let .accountNotSigned(account):
            "Client account \(account) has not been signed (field accountID)."
        case let .accountOffboarded(account):
            "Client account \(account) has been offboarded, so it gets no new training programs (field accountID)."
        case let .queuesNotInAccount(queues, account):
            "Client account \(account) has no open queue called \(Wording.list(queues)) (field scope.queues)."
        case let .revisionOutOfSequence(program, revision, expected):
            "Training program \(program) is at revision \(expected - 1), so the next revision is \(expected), "
                + "not \(revision) (field revision)."
        case let .revisionAlreadyRecorded(program, revision):
            "Revision \(revision) of training program \(program) is already recorded with different content; "
                + "give the change a new revision number (field revision)."
        case let .accountWideProgramExists(account, existing, name):
            "Client account \(account) already has account-wide training program \(existing) (\(name)); a second "
                + "account-wide program would take over gating for every queue of the account. Name the queues it "
                + "takes over (field scope.queues) or replace \(existing) explicitly (field replaces, e.g. --replaces \(existing))."
        case let .replacedProgramNotInForce(program, account):
            "Client account \(account) has no training program \(program) in force to replace (field replaces)."
        case let .retired(program, day):
            "Training program \(program) was retired on \(day) and takes no more changes (field programID)."
        case let .alreadyRetired(program, day):
            "Training program \(program) was already retired on \(day) (field retiredOn)."
        }
    }
}
