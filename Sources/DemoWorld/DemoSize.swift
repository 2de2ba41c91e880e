/// How big a world `callboard demo --scale` loads: the small or full world, or several
/// regions of the full one (``DemoRegion``), up to `xl`, ten regions (about 15,000 agents,
/// 440 queues) with 15-minute interval history over two years, for measuring how cost grows
/// with the log (issue 16, item 7).
///
/// A multi-region world is generated and imported one region at a time, so the generator's
/// memory stays that of one region whatever the scale.
public struct DemoSize: Sendable, Hashable, CustomStringConvertible {
    /// The scale of each region.
    public let scale: DemoScale
    /// How many regions: 1 is the world DOMAIN.md describes.
    public let regions: Int
    /// The length of the queues' interval history rows: 30, or 15 in the xl world.
    public let intervalMinutes: Int

    public static let small = DemoSize(scale: .small, regions: 1, intervalMinutes: 30)
    public static let full = DemoSize(scale: .full, regions: 1, intervalMinutes: 30)
    /// Ten regions, 15-minute intervals: about 15,000 agents and 440 queues.
    public static let xl = DemoSize(scale: .full, regions: 10, intervalMinutes: 15)
    /// The most regions a world may have.
    public static let maximumRegions = 10

    /// `n` regions of the full world with 30-minute intervals (`--scale 2x`, `3x`, ...).
    public static func times(_ regions: Int) -> DemoSize {
        DemoSize(scale: .full, regions: regions, intervalMinutes: 30)
    }

    /// `small`, `full`, `xl`, or `Nx` with N from 1 to ``maximumRegions`` (`1x` is `full`);
    /// nil for anything else.
    public init?(named name: String) {
        switch name {
        case "small": self = .small
        case "full": self = .full
        case "xl": self = .xl
        default:
            guard name.hasSuffix("x"), let regions = Int(name.dropLast()), (1...Self.maximumRegions).contains(regions) else {
                return nil
            }
            self = .times(regions)
        }
    }

    init(scale: DemoScale, regions: Int, intervalMinutes: Int) {
        self.scale = scale
        self.regions = regions
        self.intervalMinutes = intervalMinutes
    }

    /// The regions, in the order they are generated.
    public var allRegions: [DemoRegion] { (1...regions).map(DemoRegion.init) }

    public var description: String {
        switch self {
        case .small: "small"
        case .full: "full"
        case .xl: "xl"
        default: "\(regions)x"
        }
    }
}
