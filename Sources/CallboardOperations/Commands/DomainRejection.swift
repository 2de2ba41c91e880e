import CallboardDomain

/// A domain's refusal of a command, as opposed to a failure: the business saying no, in a
/// sentence for the person who asked. Edges show these as answers (and exit with a data
/// error) rather than as crashes; `CommandRunner` throws them unchanged.
public protocol DomainRejection: Error, CustomStringConvertible {}

extension SiteRejection: DomainRejection {}
extension AgentRejection: DomainRejection {}
extension ClientAccountRejection: DomainRejection {}
extension QueueRejection: DomainRejection {}
extension ShiftRejection: DomainRejection {}
extension IntervalRejection: DomainRejection {}
extension AgentQualityRejection: DomainRejection {}
extension TrainingProgramRejection: DomainRejection {}
extension CertificationRejection: DomainRejection {}
extension ApiTokenRejection: DomainRejection {}
