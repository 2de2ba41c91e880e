/// What decisions need to know about a training program: whose it is, what it covers, the
/// requirements of its latest revision, and every revision's recertification deadline.
/// Certification decisions and the certification gate receive it as context.
public struct TrainingProgramState: Sendable, Equatable {
    public let id: ProgramID
    public let accountID: AccountID
    public let name: String
    public let scope: ProgramScope
    public internal(set) var requirements: CertificationRequirements
    /// Every revision, oldest first; revision 1 is the definition.
    public internal(set) var revisions: [ProgramRevision]
    /// Each revision's requirements: an agent trains under the revision in force when they
    /// enrolled, even when a later revision has been recorded since (history imported late).
    public internal(set) var requirementsByRevision: [Int: CertificationRequirements]
    /// The program this one took over from, if it was defined to replace one.
    public let replaces: ProgramID?
    /// The day the program was retired; a retired program gates no queue.
    public internal(set) var retiredOn: LocalDate?

    init(_ defined: TrainingProgramDefined) {
        id = defined.programID
        accountID = defined.accountID
        name = defined.name
        scope = defined.scope
        requirements = defined.requirements
        revisions = [ProgramRevision(number: 1, summary: "defined", effectiveOn: defined.definedOn, recertifyBy: nil)]
        requirementsByRevision = [1: defined.requirements]
        replaces = defined.replaces
        retiredOn = nil
    }

    /// The day the program was defined (revision 1 took effect).
    public var definedOn: LocalDate { revisions.first?.effectiveOn ?? LocalDate(daysSinceEpoch: 0) }

    /// Whether the program covers the whole account rather than named queues.
    public var isAccountWide: Bool { scope.queues.isEmpty }

    /// The revision in force on `day`: the latest one effective by then (revision 1 before any).
    public func revision(on day: LocalDate) -> Int {
        revisions.last { $0.effectiveOn <= day }?.number ?? 1
    }

    /// The requirements of `revision` (the latest ones for an unknown number).
    public func requirements(of revision: Int) -> CertificationRequirements {
        requirementsByRevision[revision] ?? requirements
    }

    /// The current revision number.
    public var revision: Int { revisions.last?.number ?? 1 }

    /// The revision that ends certifications earned under `revision` soonest: the newer
    /// revision with the earliest recertify-by day, if any newer revision sets one.
    public func recertificationDeadline(after revision: Int) -> ProgramRevision? {
        let deadlines = revisions.compactMap { later in
            later.recertifyBy.map { (day: $0, revision: later) }
        }
        return deadlines.filter { $0.revision.number > revision }
            .min { ($0.day, $0.revision.number) < ($1.day, $1.revision.number) }?.revision
    }

    /// Whether the program certifies for `queue` (retired or not: ``RequiredProgram`` leaves
    /// retired and replaced programs out).
    public func covers(_ queue: QueueState) -> Bool {
        queue.accountID == accountID && (scope.queues.isEmpty || scope.queues.contains(queue.id))
    }
}
