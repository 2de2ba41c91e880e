import CallboardDomain
import CallboardImport

// The training files: programs need their client account and its queues; progress rows
// need the program, the agent and the agent's site. Each category is read once per file.

extension TrainingProgramsFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.accounts, .queues, .programs] }

    static func context(for command: TrainingProgramCommand, in known: KnownEntities) -> TrainingProgramContext {
        known.programContext(for: command)
    }

    static func learn(_ state: TrainingProgramState, into known: inout KnownEntities) {
        known.programs[state.id] = state
    }
}

extension TrainingProgressFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.sites, .agents, .programs] }

    static func context(for command: CertificationCommand, in known: KnownEntities) -> CertificationContext {
        known.certificationContext(for: command)
    }
}
