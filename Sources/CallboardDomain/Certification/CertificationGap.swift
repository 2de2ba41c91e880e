/// Why an agent may not work a queue that requires a program for the whole of a time range,
/// in words a site director understands. Days are local days on the agent's site's clock.
public enum CertificationGap: Hashable, Sendable, CustomStringConvertible {
    case neverCertified(ProgramID)
    /// The agent is not certified at the start of the range, but will be from `day`.
    case notCertifiedUntil(ProgramID, LocalDate)
    case expired(ProgramID, on: LocalDate)
    case recertificationRequired(ProgramID, revision: Int, by: LocalDate)
    case revoked(ProgramID, on: LocalDate, reason: String)
    /// Certified at the start of the range, but the certification ends before the range does.
    case endsDuringShift(ProgramID, ValidityEnding)

    /// The gap as a clause, e.g. `the certification for program TAB-SLATE expired on 2027-03-02`.
    public var description: String {
        switch self {
        case let .neverCertified(program):
            "never certified for program \(program)"
        case let .notCertifiedUntil(program, day):
            "not certified for program \(program) until \(day)"
        case let .expired(program, day):
            "the certification for program \(program) expired on \(day)"
        case let .recertificationRequired(program, revision, by):
            "the certification for program \(program) lapsed after \(by): revision \(revision) required "
                + "recertification by then"
        case let .revoked(program, day, reason):
            "the certification for program \(program) was revoked on \(day) (\(reason))"
        case let .endsDuringShift(program, ending):
            switch ending {
            case let .expires(day):
                "the certification for program \(program) expires on \(day), during the shift"
            case let .recertificationRequired(revision, by):
                "the certification for program \(program) lapses after \(by), during the shift "
                    + "(revision \(revision) requires recertification)"
            case let .revoked(day, reason):
                "the certification for program \(program) is revoked on \(day), during the shift (\(reason))"
            }
        }
    }
}

/// The answer of the certification gate: the agent may work the whole range, or the gap.
public enum CertificationVerdict: Hashable, Sendable {
    case allowed
    case refused(CertificationGap)
}
