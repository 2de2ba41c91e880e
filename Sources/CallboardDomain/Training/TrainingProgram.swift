/// The business rules of a training program: it belongs to a signed, not offboarded client
/// account and may be scoped to that account's open queues; its requirements are complete
/// and sensible (modules, pass mark, retake limit, nesting standard, validity); revisions are
/// numbered in sequence and a recertification deadline is not before the revision takes effect.
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
            return try revising(revise, program)
        }
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
            requirements: define.requirements, definedOn: define.definedOn)
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
        return [.defined(defined)]
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
