import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 child channel with a header read timeout in front
/// (``HeaderDeadline``) and Hummingbird's own idle timeout: a connection that does not
/// finish a request head within the header timeout, or sits idle between requests longer
/// than the idle timeout, is closed. Hummingbird 2.28.1 offers only the idle timeout
/// (`HTTP1Channel.Configuration.idleTimeout`), which starts at the last complete request
/// part, so a slow header would hold a connection for the whole idle timeout.
struct TimedHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    let responder: HTTPChannelHandler.Responder
    let headerTimeout: TimeAmount
    let idleTimeout: TimeAmount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let deadline = HeaderDeadline(timeout: headerTimeout, logger: logger)
        do {
            try channel.pipeline.syncOperations.addHandler(RequestBytesWatcher(deadline), position: .first)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        let http1 = HTTP1Channel(responder: responder, configuration: .init(idleTimeout: idleTimeout))
        // Hummingbird sets the channel up synchronously on its event loop, where this runs.
        return http1.setup(channel: channel, logger: logger).assumeIsolated().flatMapThrowing { value in
            let operations = channel.pipeline.syncOperations
            let state = try operations.handler(type: HTTPConnectionStateHandler.self)
            try operations.addHandler(RequestHeadWatcher(deadline), position: .before(state))
            return value
        }.nonisolated()
    }

    func handle(value: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1 with a header read timeout and an idle timeout (``TimedHTTP1Channel``).
    static func http1(headerTimeout: TimeAmount, idleTimeout: TimeAmount) -> HTTPServerBuilder {
        .init { responder in TimedHTTP1Channel(responder: responder, headerTimeout: headerTimeout, idleTimeout: idleTimeout) }
    }
}
