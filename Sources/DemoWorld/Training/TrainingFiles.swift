import CivilCalendar

/// The `training-programs` import file: each program's definition (revision 1, from the day
/// the account was signed) and later revisions.
enum TrainingProgramsFile {
    static func make(window: HistoryWindow) -> DemoFile {
        var writer = CSVWriter(header: [
            "program_id", "account_id", "name", "revision", "effective_on", "modules", "pass_mark", "retake_limit",
            "nesting_days", "nesting_evaluations", "nesting_average", "validity_months", "product_line", "summary",
            "recertify_by",
        ])
        let today = window.today
        for program in ProgramProfile.all {
            row(&writer, program, revision: 1, effectiveOn: program.account.signedOn, modules: program.modules)
            writer.text(program.productLine)
            writer.empty()
            writer.empty()
            writer.endRow()
            guard let revision = program.revision else { continue }
            row(&writer, program, revision: 2, effectiveOn: today.adding(days: revision.effectiveInDays),
                modules: program.modules + [revision.addedModule])
            writer.empty()
            writer.text(revision.summary)
            writer.date(today.adding(days: revision.recertifyByInDays))
            writer.endRow()
        }
        return DemoFile(kind: .trainingPrograms, fileName: "training-programs.csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }

    private static func row(
        _ writer: inout CSVWriter, _ program: ProgramProfile, revision: Int, effectiveOn: LocalDate,
        modules: [(id: String, title: String)]
    ) {
        writer.text(program.id)
        writer.text(program.account.id)
        writer.text(program.name)
        writer.int(revision)
        writer.date(effectiveOn)
        writer.list(modules.map { "\($0.id):\($0.title)" })
        writer.int(ProgramProfile.passMark)
        writer.int(ProgramProfile.retakeLimit)
        writer.int(ProgramProfile.nestingDays)
        writer.int(ProgramProfile.nestingEvaluations)
        writer.int(ProgramProfile.nestingAverage)
        writer.int(ProgramProfile.validityMonths)
    }
}
