/// One copy of the demo world's business in a bigger world (`callboard demo --scale 2x`,
/// `xl`): the same six sites and six clients again, under IDs of their own (`MNL-r2`,
/// `tabula-r2`, `tabula-r2-voice-en-us`, `MNL-r2-0001`), with its own random draws. Region 1
/// is the world DOMAIN.md describes, with its IDs unchanged, so a report on `tabula` or
/// `MNL` reads the same business at every scale while the log around it grows.
///
/// Why a task-local rather than a parameter: the catalogs (sites, accounts, queues,
/// programs) are read from dozens of places in the generator; the region that is being
/// generated renames them all at once, and ``FileBatch`` carries it onto its worker threads.
public struct DemoRegion: Sendable, Hashable {
    /// 1-based: region 1 is the original world.
    public let number: Int

    public init(_ number: Int) {
        precondition(number >= 1, "regions are numbered from 1")
        self.number = number
    }

    /// The region the generator is building now (region 1 unless told otherwise).
    @TaskLocal static var current = DemoRegion(1)

    /// Generates with `self` as the current region.
    public func generating<T>(_ body: () throws -> T) rethrows -> T {
        try Self.$current.withValue(self, operation: body)
    }

    /// What the region appends to a site's or account's ID: nothing for region 1, `-r2`...
    var suffix: String { number == 1 ? "" : "-r\(number)" }

    /// `id` as this region names it.
    func id(_ id: String) -> String { id + suffix }

    /// The catalog ID behind a region's ID (`tabula-r2` -> `tabula`).
    static func catalogID(of id: String) -> String {
        guard let range = id.range(of: "-r", options: .backwards),
              let number = Int(id[range.upperBound...]), number >= 2 else { return id }
        return String(id[..<range.lowerBound])
    }
}
