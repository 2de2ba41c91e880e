import Hummingbird
import NIOCore

/// The request context of the export API: Hummingbird's core storage, the request id every
/// response and log line carries (set by ``RequestIDMiddleware``), the client's address
/// (what failed token attempts are limited by) and the grant of the request's bearer token,
/// set by ``TokenMiddleware`` on every `/v1` route.
public struct ExportRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var grant: TokenAuthority.Grant?
    /// The request's id: the client's `X-Request-Id` when it is a sane one, else generated.
    var requestID: String
    /// The peer's IP address (or socket path), nil when the transport has none.
    let clientAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        requestID = source.logger[metadataKey: "hb.request.id"]?.description ?? ""
        let remote = source.channel.remoteAddress
        clientAddress = remote?.ipAddress ?? remote?.pathname
    }
}
