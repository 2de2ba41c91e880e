import CivilCalendar

/// A client's training program in the demo world: one per account, covering all its queues,
/// named after what its buyers ask about. The tablet maker's program was revised for a new
/// model shortly before peak season, and holders of the old revision must recertify by a
/// day after it, as a product launch forces in real life.
struct ProgramProfile: Sendable {
    /// A revision after the first: when it takes effect and until when earlier holders stay
    /// certified, both in days from the world's today, and the module it adds.
    struct Revision: Sendable {
        let summary: String
        let effectiveInDays: Int
        let recertifyByInDays: Int
        let addedModule: (id: String, title: String)
    }

    let id: String
    let account: AccountProfile
    let name: String
    let productLine: String
    let modules: [(id: String, title: String)]
    let revision: Revision?

    static let passMark = 80
    static let retakeLimit = 2
    static let nestingDays = 10
    static let nestingEvaluations = 2
    static let nestingAverage = 80
    static let validityMonths = 12

    /// The programs of the region being generated (``DemoRegion``).
    static var all: [ProgramProfile] {
        let region = DemoRegion.current
        guard region.number > 1 else { return catalog }
        return catalog.map { program in
            ProgramProfile(id: region.id(program.id), account: .named(region.id(program.account.id)), name: program.name,
                           productLine: program.productLine, modules: program.modules, revision: program.revision)
        }
    }

    private static let catalog: [ProgramProfile] = [
        ProgramProfile(
            id: "tabula-devices", account: .named("tabula"), name: "Tabula tablets support", productLine: "Tabula Pro",
            modules: [("tablet-basics", "Tabula tablets and accounts"), ("warranty", "Warranty and repairs")],
            revision: Revision(summary: "Tabula Pro 13 launch", effectiveInDays: -45, recertifyByInDays: 120,
                               addedModule: ("pro-13", "Tabula Pro 13 features"))),
        program("pawsome", "pawsome-care", "Pawsome buyer care", "apparel",
                [("sizing", "Sizing and fit for every breed"), ("marketplace", "Amazon marketplace rules")]),
        program("verlaine", "verlaine-watches", "Verlaine watch care", "watches",
                [("movements", "Movements and water resistance"), ("engraving", "Engraving and gifts")]),
        program("voltaico", "voltaico-electronics", "Voltaico electronics", "consoles and phones",
                [("installments", "Installment plans"), ("returns", "Returns and consumer law")]),
        program("verdant", "verdant-care", "Verdant Naturals care", "supplements",
                [("customs", "Customs and import limits"), ("ingredients", "Ingredients and claims")]),
        program("selara", "selara-home", "Selara Home delivery care", "furniture",
                [("delivery", "Delivery scheduling"), ("assembly", "Assembly and damage claims")]),
    ]

    /// The program every queue of `account` requires.
    static func of(account: String) -> ProgramProfile {
        guard let program = all.first(where: { $0.account.id == account }) else {
            preconditionFailure("no training program for account \(account)")
        }
        return program
    }

    /// The modules of the revision in force on `day` (given the world's `today`).
    func modules(enrolledOn day: LocalDate, today: LocalDate) -> [(id: String, title: String)] {
        guard let revision, day >= today.adding(days: revision.effectiveInDays) else { return modules }
        return modules + [revision.addedModule]
    }

    /// The last day a certification granted on `certifiedOn` after enrolling on `enrolledOn`
    /// holds at the latest: 12 months counted conservatively as 364 days, or the recertify-by
    /// day of a revision newer than the one trained under.
    func lastValidDay(enrolledOn: LocalDate, certifiedOn: LocalDate, today: LocalDate) -> LocalDate {
        let expiry = certifiedOn.adding(days: 364)
        guard let revision, enrolledOn < today.adding(days: revision.effectiveInDays) else { return expiry }
        return min(expiry, today.adding(days: revision.recertifyByInDays))
    }

    private static func program(
        _ account: String, _ id: String, _ name: String, _ line: String, _ modules: [(id: String, title: String)]
    ) -> ProgramProfile {
        ProgramProfile(id: id, account: .named(account), name: name, productLine: line, modules: modules, revision: nil)
    }
}
