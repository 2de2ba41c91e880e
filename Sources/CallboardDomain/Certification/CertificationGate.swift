import Foundation

/// The rule that no untrained agent serves a client's buyers: an agent may work a queue for a
/// time range (a shift) only if certified on the queue's program for the whole range. Pure:
/// the caller passes the agent's certification validity per program.
public enum CertificationGate {
    /// Whether an agent holding `held` (validity per program) may work the whole of `range`
    /// on a queue requiring `program`. A queue with no program (nil) is open to everyone;
    /// a program missing from `held` means the agent was never certified on it.
    public static func verdict(
        requiring program: ProgramID?, held: [ProgramID: CertificationValidity], throughout range: Range<Date>
    ) -> CertificationVerdict {
        guard let program else { return .allowed }
        guard let validity = held[program] else { return .refused(.neverCertified(program)) }
        return validity.verdict(throughout: range)
    }
}
