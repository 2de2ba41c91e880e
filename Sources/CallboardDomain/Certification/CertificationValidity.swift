import Foundation

/// When one agent is certified on one program, as plain data: the sorted, non-overlapping
/// stretches of real time the certifications hold, with revocations and program revisions
/// applied. It is what the gate, shift planning (through `ShiftContext`) and coverage need,
/// without any access to the event log, so decisions stay pure.
public struct CertificationValidity: Hashable, Sendable {
    public let agentID: AgentID
    public let programID: ProgramID
    public let intervals: [ValidityInterval]

    /// Validity from explicit stretches; overlapping or touching stretches (a recertification
    /// before the old certification ran out) are merged, keeping the later ending.
    public init(agentID: AgentID, programID: ProgramID, intervals: [ValidityInterval]) {
        self.agentID = agentID
        self.programID = programID
        var merged: [ValidityInterval] = []
        for next in intervals.sorted(by: { ($0.from, $0.until) < ($1.from, $1.until) }) {
            guard let last = merged.last, next.from <= last.until else { merged.append(next); continue }
            let later = next.until > last.until ? next : last
            merged[merged.count - 1] = ValidityInterval(
                from: last.from, until: later.until, certifiedOn: last.certifiedOn, ending: later.ending)
        }
        self.intervals = merged
    }

    /// The validity of an agent's certification stream under `program`'s revisions; an empty
    /// stream (never enrolled) gives no intervals.
    public init(_ state: CertificationState?, agentID: AgentID, program: TrainingProgramState) {
        self.init(agentID: agentID, programID: program.id,
                  intervals: state?.certifications.compactMap { $0.validity(under: program) } ?? [])
    }

    /// Whether the agent is certified at `instant`.
    public func isValid(at instant: Date) -> Bool { intervals.contains { $0.contains(instant) } }

    /// Whether the agent is certified for the whole of `range` (a shift, a month).
    public func covers(_ range: Range<Date>) -> Bool {
        intervals.contains { $0.from <= range.lowerBound && range.upperBound <= $0.until }
    }

    /// The parts of `range` during which the agent is certified, earliest first: coverage
    /// counts an agent on a queue only in these.
    public func validStretches(within range: Range<Date>) -> [Range<Date>] {
        intervals.compactMap { interval in
            let start = max(interval.from, range.lowerBound), end = min(interval.until, range.upperBound)
            return start < end ? start..<end : nil
        }
    }

    /// Whether the agent may work for the whole of `range` on the program, and if not why.
    public func verdict(throughout range: Range<Date>) -> CertificationVerdict {
        if let current = intervals.first(where: { $0.contains(range.lowerBound) }) {
            guard current.until < range.upperBound else { return .allowed }
            return .refused(.endsDuringShift(programID, current.ending))
        }
        let earlier = intervals.last { $0.until <= range.lowerBound }
        if let upcoming = intervals.first(where: { $0.from > range.lowerBound }),
           upcoming.from < range.upperBound || earlier == nil {
            return .refused(.notCertifiedUntil(programID, upcoming.certifiedOn))
        }
        guard let earlier else { return .refused(.neverCertified(programID)) }
        switch earlier.ending {
        case let .expires(day): return .refused(.expired(programID, on: day))
        case let .recertificationRequired(revision, by):
            return .refused(.recertificationRequired(programID, revision: revision, by: by))
        case let .revoked(day, reason): return .refused(.revoked(programID, on: day, reason: reason))
        }
    }
}
