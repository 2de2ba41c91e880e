import Logging
import NIOCore
import NIOHTTPTypes

/// The header read timeout of one connection: once a request has begun (the connection
/// opened, or its first byte arrived after the previous response), its head (request line
/// and headers) must be complete within `timeout`, or the connection is closed. A client
/// that trickles a header byte by byte (or sends half a request line and waits) holds a
/// connection for `timeout`, not forever.
///
/// Two handlers share it, on the connection's event loop: ``RequestBytesWatcher`` at the
/// front of the pipeline sees raw bytes, ``RequestHeadWatcher`` after the HTTP decoder sees
/// a head complete and a response end. Idle keep-alive connections are Hummingbird's idle
/// timeout's business; this one only runs while a head is being read.
final class HeaderDeadline {
    let timeout: TimeAmount
    let logger: Logger
    /// Requests whose head has arrived and whose response has not ended (pipelining may
    /// bring more than one); a head is awaited while there are none.
    private var inFlight = 0
    private var awaitingHead: Bool { inFlight == 0 }
    private var scheduled: Scheduled<Void>?

    init(timeout: TimeAmount, logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    /// The connection opened, or bytes arrived: start the clock if a head is awaited and the
    /// clock is not running yet.
    func requestBegan(_ context: ChannelHandlerContext) {
        guard awaitingHead, scheduled == nil else { return }
        let channel = context.channel
        scheduled = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in
            scheduled = nil
            guard awaitingHead else { return }
            logger.info("closing a connection that sent no complete request head within the header timeout",
                          metadata: ["remote": .string(channel.remoteAddress?.description ?? "unknown"),
                                     "timeout_ms": .stringConvertible(timeout.nanoseconds / 1_000_000)])
            channel.close(promise: nil)
        }
    }

    /// A head arrived complete: stop the clock until the response has been written.
    func headArrived() {
        inFlight += 1
        cancel()
    }

    /// A response ended: the next request's head is awaited, from its first byte.
    func responseEnded() { inFlight = max(0, inFlight - 1) }

    func cancel() {
        scheduled?.cancel()
        scheduled = nil
    }
}

/// The front of the pipeline: starts the header clock when the connection opens and when
/// the first byte of a request arrives.
final class RequestBytesWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let deadline: HeaderDeadline

    init(_ deadline: HeaderDeadline) { self.deadline = deadline }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { deadline.requestBegan(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        deadline.requestBegan(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deadline.requestBegan(context)
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline.cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { deadline.cancel() }
}

/// After the HTTP decoder: stops the header clock when a head is complete and awaits the
/// next head once the response has ended.
final class RequestHeadWatcher: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let deadline: HeaderDeadline

    init(_ deadline: HeaderDeadline) { self.deadline = deadline }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { deadline.headArrived() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { deadline.responseEnded() }
        context.write(data, promise: promise)
    }
}
