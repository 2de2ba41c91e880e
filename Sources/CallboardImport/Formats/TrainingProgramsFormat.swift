import CallboardDomain
import Foundation

/// `training-programs.csv`: one row is one revision of a client's training program.
/// Revision 1 defines the program (its account, name and scope); a higher revision revises
/// it (new requirements, optionally a recertify-by day for earlier holders). Every row
/// carries the revision's full requirements, so a file reads as the program's history.
public enum TrainingProgramsFormat: ImportFormat {
    public typealias Rules = TrainingProgram

    public static let kind = ImportKind.trainingPrograms
    public static let columns = ColumnSet(
        required: ["program_id", "account_id", "name", "revision", "effective_on", "modules", "pass_mark",
                   "retake_limit", "nesting_days", "nesting_evaluations", "nesting_average", "validity_months"],
        optional: ["queues", "product_line", "summary", "recertify_by", "replaces"])

    static let fieldColumns = [
        "programID": "program_id", "name": "name", "scope.productLine": "product_line", "scope.queues": "queues",
        "modules": "modules", "modules.id": "modules", "modules.title": "modules",
        "assessment.passMarkPercent": "pass_mark", "assessment.retakeLimit": "retake_limit",
        "nesting.days": "nesting_days", "nesting.minimumEvaluations": "nesting_evaluations",
        "nesting.minimumAverageScore": "nesting_average", "validityMonths": "validity_months",
        "summary": "summary", "recertifyBy": "recertify_by", "replaces": "replaces",
    ]

    public static func commands(reading row: inout RowReader) -> [TrainingProgramCommand]? {
        let program = row.required("program_id") { ProgramID($0) }
        let revision = row.required("revision", FieldSyntax.integer)
        let effectiveOn = row.required("effective_on", FieldSyntax.date)
        let requirements = Self.requirements(&row)
        let recertifyBy = row.optional("recertify_by", FieldSyntax.date)
        if let revision, revision < 1 { row.report("revision", "must be 1 or more, but was '\(revision)'") }
        if revision == 1 {
            _ = row.required("account_id") { $0 }
            _ = row.required("name") { $0 }
            if recertifyBy != nil { row.report("recertify_by", "applies to revisions after the first only") }
        } else if !row.text("replaces").isEmpty {
            row.report("replaces", "applies to the first revision (the definition) only")
        }
        guard let program, let revision, let effectiveOn, let requirements, !row.hasProblems else { return nil }
        guard revision > 1 else {
            let scope = ProgramScope(queues: FieldSyntax.list(row.text("queues")).map { QueueID($0) },
                                     productLine: row.text("product_line").isEmpty ? nil : row.text("product_line"))
            return [.define(DefineTrainingProgram(
                programID: program, accountID: AccountID(row.text("account_id")), name: row.text("name"), scope: scope,
                requirements: requirements, definedOn: effectiveOn,
                replaces: row.text("replaces").isEmpty ? nil : ProgramID(row.text("replaces"))))]
        }
        return [.revise(ReviseTrainingProgram(
            programID: program, revision: revision, summary: row.text("summary"), requirements: requirements,
            effectiveOn: effectiveOn, recertifyBy: recertifyBy))]
    }

    /// The requirements columns: modules, assessment, nesting standard and validity.
    private static func requirements(_ row: inout RowReader) -> CertificationRequirements? {
        let modules = row.required("modules") { text throws(FieldSyntaxError) in
            try FieldSyntax.list(text, FieldSyntax.trainingModule)
        }
        let passMark = row.required("pass_mark", FieldSyntax.number)
        let retakes = row.required("retake_limit", FieldSyntax.integer)
        let days = row.required("nesting_days", FieldSyntax.integer)
        let evaluations = row.required("nesting_evaluations", FieldSyntax.integer)
        let average = row.required("nesting_average", FieldSyntax.number)
        let validity = row.required("validity_months", FieldSyntax.integer)
        guard let modules, let passMark, let retakes, let days, let evaluations, let average, let validity else {
            return nil
        }
        return CertificationRequirements(
            modules: modules, assessment: AssessmentRule(passMarkPercent: passMark, retakeLimit: retakes),
            nesting: NestingRule(days: days, minimumEvaluations: evaluations, minimumAverageScore: average),
            validityMonths: validity)
    }

    public static func problems(explaining rejection: TrainingProgramRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .alreadyDefined, .notDefined, .retired, .alreadyRetired: [ColumnProblem(rejection, column: "program_id")]
        case .accountWideProgramExists: [ColumnProblem(rejection, column: "queues")]
        case .replacedProgramNotInForce: [ColumnProblem(rejection, column: "replaces")]
        case .accountNotSigned, .accountOffboarded: [ColumnProblem(rejection, column: "account_id")]
        case .queuesNotInAccount: [ColumnProblem(rejection, column: "queues")]
        case .revisionOutOfSequence, .revisionAlreadyRecorded: [ColumnProblem(rejection, column: "revision")]
        }
    }
}

extension FieldSyntax {
    /// `returns:Returns and refunds`: a module id and its title.
    public static func trainingModule(_ text: String) throws(FieldSyntaxError) -> TrainingModule {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { throw FieldSyntaxError("must be a module id and title such as returns:Returns policy") }
        return TrainingModule(ModuleID(parts[0].trimmingCharacters(in: .whitespaces)),
                              title: parts[1].trimmingCharacters(in: .whitespaces))
    }
}
