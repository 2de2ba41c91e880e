/// How big a world to generate: the full world for the demo, or a small one that keeps
/// tests and the first tour fast while exercising every file kind.
public enum DemoScale: Sendable, Hashable, CaseIterable {
    /// About 1,500 agents, two years of interval history, three months of agent activity,
    /// six months of quality facts.
    case full
    /// A fifth of the workforce (about 300 agents) and a tenth of the volume, nine weeks of
    /// interval history, two weeks of agent activity, two months of quality facts.
    case small

    /// The share of the full world's workforce the scale keeps.
    var workforceShare: Double {
        switch self {
        case .full: 1
        case .small: 0.2
        }
    }

    /// The share of the full world's contacts the scale keeps: half its workforce share, as
    /// small queues need more agents per contact (someone on every open interval of a call or
    /// chat queue, Erlang's economies of scale lost), so that the small world's plan reads like
    /// the full one's: enough agents on ordinary days, some queues short at peak. (44 queues,
    /// 22 of them calls or chats, cannot be staffed by the 51 agents a fortieth of the
    /// workforce gave, whatever their volumes.)
    var volumeShare: Double {
        switch self {
        case .full: 1
        case .small: 0.1
        }
    }

    /// How many agents a site with `headcount` agents at full scale gets.
    func agents(forHeadcount headcount: Int) -> Int {
        switch self {
        case .full: headcount
        case .small: max(8, Int((Double(headcount) * workforceShare).rounded()))
        }
    }
}
