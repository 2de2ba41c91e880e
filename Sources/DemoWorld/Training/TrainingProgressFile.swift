/// The `training-progress` import file: every step of the training plan, agent by agent.
enum TrainingProgressFile {
    static func make(_ plan: TrainingPlan) -> DemoFile {
        var writer = CSVWriter(header: ["agent_id", "program_id", "step", "date", "module", "attempt", "score",
                                        "evaluation_id", "evaluator", "at", "reason"],
                               reservingRows: plan.steps.count, bytesPerRow: 64)
        for step in plan.steps {
            writer.text(step.agentID)
            writer.text(step.programID)
            writer.text(step.step)
            writer.date(step.date)
            optional(&writer, step.module)
            if let attempt = step.attempt { writer.int(attempt) } else { writer.empty() }
            if let score = step.score { writer.int(score) } else { writer.empty() }
            optional(&writer, step.evaluationID)
            optional(&writer, step.evaluator)
            if let at = step.at { writer.instant(at) } else { writer.empty() }
            optional(&writer, step.reason)
            writer.endRow()
        }
        return DemoFile(kind: .trainingProgress, fileName: "training-progress.csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }

    private static func optional(_ writer: inout CSVWriter, _ text: String?) {
        if let text { writer.text(text) } else { writer.empty() }
    }
}
