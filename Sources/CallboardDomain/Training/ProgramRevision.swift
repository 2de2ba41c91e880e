/// One revision of a program (revision 1 is the original definition). A revision may require
/// agents certified under earlier revisions to recertify by a date, e.g. when a new tablet
/// model launches; their certifications end after that day.
public struct ProgramRevision: Hashable, Sendable, Codable {
    public let number: Int
    /// Why the program changed, e.g. `Slate 12 launch`.
    public let summary: String
    /// From when the new content is trained.
    public let effectiveOn: LocalDate
    /// The last local day certifications from earlier revisions stay valid, if the revision
    /// requires holders to recertify.
    public let recertifyBy: LocalDate?

    public init(number: Int, summary: String, effectiveOn: LocalDate, recertifyBy: LocalDate?) {
        self.number = number
        self.summary = summary
        self.effectiveOn = effectiveOn
        self.recertifyBy = recertifyBy
    }
}
