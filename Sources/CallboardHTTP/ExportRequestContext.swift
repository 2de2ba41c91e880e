import Hummingbird

/// The request context of the export API: Hummingbird's core storage plus the grant of the
/// request's bearer token, set by ``TokenMiddleware`` on every `/v1` route.
public struct ExportRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var grant: TokenAuthority.Grant?

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
