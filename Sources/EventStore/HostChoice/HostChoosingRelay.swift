import Logging
import NIOCore
import NIOPosix
import Synchronization

/// Lets PostgresNIO's pool, which connects to one address, use a multi-host URL: the pool
/// connects to this relay on the loopback interface, and for each connection the relay
/// chooses the host (``HostChooser``: the URL's hosts in order, with `target_session_attrs`)
/// and carries the bytes both ways unchanged (TLS, if any, stays end to end with the server).
/// Every new connection chooses again, so after a fail-over the pool's reconnects reach the
/// new primary without any address being switched.
///
/// One relay per distinct URL per process, made on first use and kept for the process's life.
public final class HostChoosingRelay: Sendable {
    /// The loopback port the pool connects to.
    public let port: Int
    private let channel: any Channel

    private static let relays = Mutex<[DatabaseURL: HostChoosingRelay]>([:])
    private static let lastRefusal = Mutex<(text: String, at: ContinuousClock.Instant)>(("", .now - .seconds(60)))

    /// The relay for `url`, started if need be.
    public static func shared(for url: DatabaseURL) throws -> HostChoosingRelay {
        try relays.withLock { relays in
            if let relay = relays[url] { return relay }
            let relay = try HostChoosingRelay(url: url, logger: Logger(label: "callboard.host-choice"))
            relays[url] = relay
            return relay
        }
    }

    private init(url: DatabaseURL, logger: Logger) throws {
        let chooser = HostChooser(url: url, logger: logger)
        channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    let inbound = try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: child)
                    Task { await Self.carry(inbound, chooser: chooser, logger: logger) }
                }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress?.port ?? 0
    }

    /// Connects `inbound` to the chosen host and copies both ways until either side closes;
    /// with no host qualifying, closes `inbound` (the pool retries) and logs why.
    private static func carry(_ inbound: NIOAsyncChannel<ByteBuffer, ByteBuffer>, chooser: HostChooser, logger: Logger) async {
        do {
            try await inbound.executeThenClose { fromClient, toClient in
                let server = try await chooser.connect()
                try await server.executeThenClose { fromServer, toServer in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { for try await bytes in fromClient { try await toServer.write(bytes) } }
                        group.addTask { for try await bytes in fromServer { try await toClient.write(bytes) } }
                        defer { group.cancelAll() }
                        try await group.next()
                    }
                }
            }
        } catch let error as NoHostQualifies {
            // The pool retries several times a second: said once per change, or every 10 s.
            let now = ContinuousClock.now
            let say = lastRefusal.withLock { last -> Bool in
                guard last.text != error.description || now - last.at > .seconds(10) else { return false }
                last = (error.description, now)
                return true
            }
            if say { logger.warning("no database host to connect to", metadata: ["reason": "\(error)"]) }
        } catch {
            logger.debug("relayed database connection ended", metadata: ["error": "\(error)"])
        }
    }
}
