/// Units allocated to one key of a breakdown: a queue in an agent's or a site's row, a site in
/// a queue's row.
///
/// Exists so breakdowns are ordered lists (by id) rather than dictionaries, and print the same
/// way every time.
public struct AllocatedUnits: Sendable, Hashable, Codable {
    /// A queue id or a site id, depending on the breakdown.
    public let id: String
    public let units: Int

    public init(id: String, units: Int) {
        self.id = id
        self.units = units
    }
}
