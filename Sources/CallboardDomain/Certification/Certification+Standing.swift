import Foundation

/// The end of a certification: its recorded expiry, or its revocation.
extension Certification {
    static func recordingExpiry(
        on day: LocalDate, _ held: HeldCertification?, _ agent: AgentID, _ program: TrainingProgramState
    ) throws(CertificationRejection) -> [CertificationEvent] {
        guard let held else { throw .noCertificationInForce(agent, program.id) }
        guard held.expiry == nil else { return [] }
        if let revocation = held.revocation {
            throw .alreadyRevoked(agent, program.id, on: revocation.revokedOn, reason: revocation.reason)
        }
        let lapsesOn = held.validity(under: program)?.ending.lapsesOn ?? held.granted.certifiedOn
        guard day >= lapsesOn else { throw .notYetExpired(agent, program.id, expiresOn: lapsesOn) }
        return [.expired(.init(agentID: agent, programID: program.id, certifiedOn: held.granted.certifiedOn,
                               expiredOn: lapsesOn))]
    }

    static func revoking(
        at instant: Date, reason: String, _ held: HeldCertification?, _ agent: AgentID, _ program: TrainingProgramState
    ) throws(CertificationRejection) -> [CertificationEvent] {
        var checks = FieldChecks()
        checks.requireText(reason, "reason")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        guard let held else { throw .noCertificationInForce(agent, program.id) }
        if let revocation = held.revocation {
            guard revocation.revokedAt == instant, revocation.reason == reason else {
                throw .alreadyRevoked(agent, program.id, on: revocation.revokedOn, reason: revocation.reason)
            }
            return []
        }
        guard let validity = held.validity(under: program), validity.contains(instant) else {
            throw .noCertificationInForce(agent, program.id)
        }
        let zone = held.granted.timeZone.timeZone ?? .gmt
        return [.revoked(.init(
            agentID: agent, programID: program.id, certifiedOn: held.granted.certifiedOn, revokedAt: instant,
            revokedOn: LocalDateTime(instant, in: zone).date, reason: reason))]
    }
}
