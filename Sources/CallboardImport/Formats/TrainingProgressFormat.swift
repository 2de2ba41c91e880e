import CallboardDomain

/// `training-progress.csv`: one row is one step of an agent's training on a program, as the
/// trainers, QA analysts and team leads record them: `enrol`, `module`, `assessment`,
/// `nesting`, `nesting-qa`, `certify`, `expire` or `revoke`. Rows apply in file order, so a
/// file may take an agent from enrolment to certification.
public enum TrainingProgressFormat: ImportFormat {
    public typealias Rules = Certification

    public static let kind = ImportKind.trainingProgress
    public static let columns = ColumnSet(
        required: ["agent_id", "program_id", "step"],
        optional: ["date", "module", "attempt", "score", "evaluation_id", "evaluator", "at", "reason"])

    /// The steps a row may record.
    public static let steps = ["enrol", "module", "assessment", "nesting", "nesting-qa", "certify", "expire", "revoke"]

    static let fieldColumns = [
        "agentID": "agent_id", "programID": "program_id", "enrolledOn": "date", "completedOn": "date",
        "takenOn": "date", "startedOn": "date", "evaluatedOn": "date", "attempt": "attempt", "scorePercent": "score",
        "score": "score", "evaluationID": "evaluation_id", "evaluator": "evaluator", "reason": "reason",
    ]

    public static func commands(reading row: inout RowReader) -> [CertificationCommand]? {
        let agent = row.required("agent_id") { AgentID($0) }
        let program = row.required("program_id") { ProgramID($0) }
        let step = row.required("step") { text throws(FieldSyntaxError) in
            guard steps.contains(text) else { throw FieldSyntaxError("must be one of \(steps.joined(separator: ", "))") }
            return text
        }
        guard let agent, let program, let step else { return nil }
        guard step != "revoke" else {
            let at = row.required("at", FieldSyntax.instant)
            _ = row.required("reason") { $0 }
            guard let at, !row.hasProblems else { return nil }
            return [.revoke(agent: agent, program: program, at: at, reason: row.text("reason"))]
        }
        guard let day = row.required("date", FieldSyntax.date) else { return nil }
        let command: CertificationCommand? = switch step {
        case "enrol": .enrol(agent: agent, program: program, on: day)
        case "module": row.required("module") { ModuleID($0) }.map {
            .completeModule(agent: agent, program: program, module: $0, on: day)
        }
        case "assessment": assessment(&row, agent, program, day)
        case "nesting": .startNesting(agent: agent, program: program, on: day)
        case "nesting-qa": nestingQA(&row, agent, program, day)
        case "certify": .certify(agent: agent, program: program, on: day)
        default: .recordExpiry(agent: agent, program: program, on: day)
        }
        guard let command, !row.hasProblems else { return nil }
        return [command]
    }

    private static func assessment(
        _ row: inout RowReader, _ agent: AgentID, _ program: ProgramID, _ day: LocalDate
    ) -> CertificationCommand? {
        let attempt = row.required("attempt", FieldSyntax.integer)
        let score = row.required("score", FieldSyntax.number)
        guard let attempt, let score else { return nil }
        return .recordAssessment(agent: agent, program: program, attempt: attempt, scorePercent: score, on: day)
    }

    private static func nestingQA(
        _ row: inout RowReader, _ agent: AgentID, _ program: ProgramID, _ day: LocalDate
    ) -> CertificationCommand? {
        let evaluation = row.required("evaluation_id") { $0 }
        let score = row.required("score", FieldSyntax.number)
        _ = row.required("evaluator") { $0 }
        guard let evaluation, let score else { return nil }
        return .recordNestingQA(agent: agent, program: program, evaluationID: evaluation,
                                evaluator: row.text("evaluator"), score: score, on: day)
    }

    public static func problems(explaining rejection: CertificationRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .programNotDefined: [ColumnProblem(rejection, column: "program_id")]
        case .agentNotHired, .agentHasLeft, .siteNotOpened: [ColumnProblem(rejection, column: "agent_id")]
        case .unknownModule, .moduleAlreadyCompleted, .modulesOutstanding: [ColumnProblem(rejection, column: "module")]
        case .attemptOutOfSequence, .attemptAlreadyRecorded, .retakesExhausted:
            [ColumnProblem(rejection, column: "attempt")]
        case .evaluationAlreadyRecorded: [ColumnProblem(rejection, column: "evaluation_id")]
        case .alreadyRevoked: [ColumnProblem(rejection, column: "at")]
        case .notEnrolled, .alreadyEnrolled, .noTrainingInProgress, .assessmentAlreadyPassed, .assessmentNotPassed,
             .nestingAlreadyStarted, .nestingNotStarted, .notReadyForCertification, .alreadyCertified,
             .revisionRequiresRecertification, .noCertificationInForce, .notYetExpired:
            [ColumnProblem(rejection, column: "step")]
        }
    }
}
