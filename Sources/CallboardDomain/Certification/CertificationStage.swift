import Foundation

/// Where an agent stands on a program at an instant, for readiness reports (certified
/// headcount, in training, in nesting, expiring soon) without re-reading the rules.
public enum CertificationStage: Hashable, Sendable {
    /// Certified at the instant; `ending` says when and why it stops (e.g. expires on a day).
    case certified(ValidityEnding)
    /// Enrolled, in the classroom or the assessment.
    case inTraining(since: LocalDate)
    /// Passed the assessment, nesting under close QA.
    case nesting(since: LocalDate)
    /// The latest training was failed (retakes exhausted) and no certification holds.
    case failed(on: LocalDate)
    /// A certification held before but no longer does: expired, revoked or superseded by a revision.
    case lapsed(ValidityEnding)
}

extension CertificationState {
    /// The agent's stage at `instant` under `program`'s revisions. A valid certification wins
    /// over a recertification under way; otherwise the latest training cycle tells.
    public func stage(at instant: Date, under program: TrainingProgramState) -> CertificationStage {
        CertificationStage.at(instant, validity: CertificationValidity(self, agentID: agentID, program: program),
                              enrolledOn: training.enrolledOn, nestingSince: training.nesting?.startedOn,
                              outcome: training.outcome)
    }
}

extension CertificationStage {
    /// The stage at `instant` from the agent's validity on the program and the progress of
    /// their latest training cycle (enrolment day, nesting start, outcome): the one rule for
    /// both the folded stream and read models that keep only these facts.
    public static func at(
        _ instant: Date, validity: CertificationValidity, enrolledOn: LocalDate, nestingSince: LocalDate?,
        outcome: TrainingCycle.Outcome?
    ) -> CertificationStage {
        if let current = validity.intervals.first(where: { $0.contains(instant) }) { return .certified(current.ending) }
        switch outcome {
        case nil:
            return nestingSince.map { .nesting(since: $0) } ?? .inTraining(since: enrolledOn)
        case let .failed(day):
            return .failed(on: day)
        case .certified:
            let ended = validity.intervals.last { $0.until <= instant }
            return ended.map { .lapsed($0.ending) } ?? .inTraining(since: enrolledOn)
        }
    }
}
