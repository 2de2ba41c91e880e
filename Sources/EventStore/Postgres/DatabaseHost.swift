/// One server of a database URL's host list (`postgres://h1:5432,h2:5433/db`, `host=h1,h2`):
/// where a connection may go, tried in the order given (see ``TargetSessionAttributes``).
public struct DatabaseHost: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int = 5432) {
        self.host = host
        self.port = port
    }

    /// `host:port`, an IPv6 address in brackets.
    public var description: String { (host.contains(":") ? "[\(host)]" : host) + ":\(port)" }
}
