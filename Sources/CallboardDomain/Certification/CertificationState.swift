/// One agent's history on one program: the latest training cycle and every certification
/// granted. Decisions check the cycle; the gate and coverage read the certifications through
/// `CertificationValidity`.
public struct CertificationState: Sendable, Equatable {
    public let agentID: AgentID
    public let programID: ProgramID
    /// The latest enrolment, finished or not.
    public internal(set) var training: TrainingCycle
    /// Every certification granted, oldest first.
    public internal(set) var certifications: [HeldCertification] = []

    init(_ enrolled: AgentEnrolled) {
        agentID = enrolled.agentID
        programID = enrolled.programID
        training = TrainingCycle(enrolled)
    }

    /// The most recent certification, whatever its standing.
    public var latestCertification: HeldCertification? { certifications.last }

    mutating func updateCertification(grantedOn day: LocalDate, _ change: (inout HeldCertification) -> Void) {
        guard let index = certifications.lastIndex(where: { $0.granted.certifiedOn == day }) else { return }
        change(&certifications[index])
    }
}
