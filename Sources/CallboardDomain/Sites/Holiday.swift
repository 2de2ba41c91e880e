/// A public holiday at a site (e.g. Rizal Day in Manila on 30 Dec): staffing and shrinkage
/// planning need to know the days a site's own workforce expects off.
public struct Holiday: Hashable, Sendable, Codable {
    public let date: LocalDate
    public let name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
