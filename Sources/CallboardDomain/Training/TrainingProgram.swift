/// The business rules of a training program: it belongs to a signed, not offboarded client
/// account and may be scoped to that account's open queues; its requirements are complete
/// and sensible (modules, pass mark, retake limit, nesting standard, validity); revisions are
/// numbered in sequence and a recertification deadline is not before the revision takes effect.
/// An account has at most one account-wide program in force: a second one must be scoped to
/// the queues it takes over or replace the first explicitly. A retired program changes no more.
public enum TrainingProgram: Decider {
    public static func streamID(for command: TrainingProgramCommand) -> StreamID { .program(command.programID) }

    public static func evolve(_ state: TrainingProgramState?, _ event: TrainingProgramEvent) -> TrainingProgramState {
        if case let .defined(defined) = event { return TrainingProgramState(defined) }
        guard var program = state else {
            preconditionFailure("training program stream does not start with TrainingProgramDefined")
        }
        switch event {
        case .defined: break
        case let .revised(revised):
            program.requirements = revised.requirements
            program.requirementsByRevision[revised.revision] = revised.requirements
            program.revisions.append(.init(number: revised.revision, summary: revised.summary,
                                           effectiveOn: revised.effectiveOn, recertifyBy: revised.recertifyBy))
        case let .retired(retired):
            program.retiredOn = retired.retiredOn
        }
        return program
    }

    public static func decide(
        _ command: TrainingProgramCommand, state: TrainingProgramState?,
        context: TrainingProgramContext = TrainingProgramContext()
    ) throws(TrainingProgramRejection) -> [TrainingProgramEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        switch command {
        case let .define(define):
            return try defining(define, state, context)
        case let .revise(revise):
            guard let program = state else { throw .notDefined(revise.programID) }
            if let day = program.retiredOn { throw .retired(program.id, on: day) }
            return try revising(revise, program)
        case let .retire(retire):
            guard let program = state else { throw .notDefined(retire.programID) }
            return try retiring(retire, program)
        }
    }

    private static func retiring(
        _ retire: RetireTrainingProgram, _ program: TrainingProgramState
    ) throws(TrainingProgramRejection) -> [TrainingProgramEvent] {
        var checks = FieldChecks()
        checks.requireText(retire.reason, "reason")
        checks.require(retire.retiredOn >= program.definedOn, "retiredOn", "\(retire.retiredOn)",
                       "must not be before the program was defined on \(program.definedOn)")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        if let day = program.retiredOn {
            guard day == retire.retiredOn else { throw .alreadyRetired(program.id, on: day) }
            return []
        }
        return [.retired(.init(programID: program.id, retiredOn: retire.retiredOn, reason: retire.reason))]
    }

    private static func defining(
        _ define: DefineTrainingProgram, _ state: TrainingProgramState?, _ context: TrainingProgramContext
    ) throws(TrainingProgramRejection) -> [TrainingProgramEvent] {
        var checks = FieldChecks()
        checks.requireIdentifier(define.programID, "programID")
        checks.requireText(define.name, "name")
        if let line = define.scope.productLine { checks.requireText(line, "scope.productLine") }
        checks.require(Set(define.scope.queues).count == define.scope.queues.count, "scope.queues",
                       Wording.list(define.scope.queues), "must not repeat an entry")
        checks.requireRequirements(define.requirements)
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        let defined = TrainingProgramDefined(
            programID: define.programID, accountID: define.accountID, name: define.name, scope: define.scope,
            requirements: define.requirements, definedOn: define.definedOn, replaces: define.replaces)
        if let existing = state {
            guard existing == TrainingProgramState(defined) else { throw .alreadyDefined(define.programID) }
            return []
        }
        guard let account = context.account, account.id == define.accountID else {
            throw .accountNotSigned(define.accountID)
        }
        guard !account.isOffboarded else { throw .accountOffboarded(account.id) }
        let unknown = define.scope.queues.filter { !context.accountQueues.contains($0) }
        guard unknown.isEmpty else { throw .queuesNotInAccount(unknown, account.id) }
        try requireNoSilentTakeover(define, context.accountPrograms)
        return [.defined(defined)]
    }

    /// A program replaces only a program of its account in force, and an account-wide program
    /// for an account that already has one in force must replace it: otherwise the two would
    /// compete for every queue of the account (and the newer one, with nobody certified on
    /// it yet, could leave the account's queues without eligible agents).
    private static func requireNoSilentTakeover(
        _ define: DefineTrainingProgram, _ programs: [TrainingProgramState]
    ) throws(TrainingProgramRejection) {
        let inForce = RequiredProgram.inForce(programs.filter { $0.accountID == define.accountID && $0.id != define.programID })
        if let replaced = define.replaces, !inForce.contains(where: { $0.id == replaced }) {
            throw .replacedProgramNotInForce(replaced, define.accountID)
        }
        guard define.scope.queues.isEmpty else { return }
        let wide = inForce.filter { $0.isAccountWide && $0.id != define.replaces }
            .sorted { ($0.definedOn, $0.id.rawValue) < ($1.definedOn, $1.id.rawValue) }
        if let existing = wide.first { throw .accountWideProgramExists(define.accountID, existing: existing.id, name: existing.name) }
    }

    private static func revising(
        _ revise: ReviseTrainingProgram, _ program: TrainingProgramState
    ) throws(TrainingProgramRejection) -> [TrainingProgramEvent] {
        var checks = FieldChecks()
        checks.requireText(revise.summary, "summary")
        checks.require(revise.revision, within: InputLimits.programRevision, "revision")
        checks.requireRequirements(revise.requirements)
        if let deadline = revise.recertifyBy {
            checks.require(deadline >= revise.effectiveOn, "recertifyBy", "\(deadline)",
                           "must not be before the revision takes effect on \(revise.effectiveOn)")
        }
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        let recorded = ProgramRevision(number: revise.revision, summary: revise.summary,
                                       effectiveOn: revise.effectiveOn, recertifyBy: revise.recertifyBy)
        if revise.revision > 1, let earlier = program.revisions.first(where: { $0.number == revise.revision }) {
            let sameRequirements = program.requirements(of: revise.revision) == revise.requirements
            guard earlier == recorded, sameRequirements else {
                throw .revisionAlreadyRecorded(program.id, revision: revise.revision)
            }
            return []
        }
        guard revise.revision == program.revision + 1 else {
            throw .revisionOutOfSequence(program.id, revision: revise.revision, expected: program.revision + 1)
        }
        return [.revised(.init(
            programID: program.id, revision: revise.revision, summary: revise.summary,
            requirements: revise.requirements, effectiveOn: revise.effectiveOn, recertifyBy: revise.recertifyBy))]
    }
}
