/// How big a world to generate: the full world for the demo, or a small one that keeps
/// tests fast while exercising every file kind.
public enum DemoScale: Sendable, Hashable, CaseIterable {
    /// About 1,500 agents, two years of interval history, three months of agent activity,
    /// six months of quality facts.
    case full
    /// A handful of agents per site, eight weeks of interval history, two weeks of agent
    /// activity, two months of quality facts.
    case small

    /// How many agents a site with `headcount` agents at full scale gets.
    func agents(forHeadcount headcount: Int) -> Int {
        switch self {
        case .full: headcount
        case .small: max(8, headcount / 40)
        }
    }
}
