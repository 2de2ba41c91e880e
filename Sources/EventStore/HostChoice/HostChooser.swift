import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// Picks the server of a multi-host URL that a new connection should go to, as libpq does
/// with `target_session_attrs`: the hosts in order, each asked on a connection of its own
/// whether it is in recovery and whether its transactions are read-only
/// (`pg_is_in_recovery()`, `transaction_read_only`), the first that qualifies wins;
/// `prefer-standby` makes a second pass taking any. That connection uses the URL's own
/// credentials and TLS (under `verify-full` it checks that host's name).
///
/// When none qualifies, ``NoHostQualifies`` names every host tried and why it was passed over.
public struct HostChooser: Sendable {
    public let url: DatabaseURL
    let logger: Logger
    /// How long one host may take to connect and answer.
    public var hostLimit: Duration = .seconds(5)

    public init(url: DatabaseURL, logger: Logger) {
        self.url = url
        self.logger = logger
    }

    /// The first host that qualifies now, with what it said it is.
    public func choose() async throws -> (host: DatabaseHost, role: ServerRole) {
        var passedOver: [String] = []
        for pass in url.targetSessionAttributes.passes {
            for host in url.hosts {
                do {
                    let role = try await role(of: host)
                    if pass.accepts(role) { return (host, role) }
                    passedOver.append("\(host): \(role)")
                } catch {
                    passedOver.append("\(host): \(Self.describe(error))")
                }
            }
        }
        throw NoHostQualifies(attributes: url.targetSessionAttributes, passedOver: passedOver)
    }

    /// A TCP channel to the chosen host, for the relay to carry a client's connection over.
    func connect() async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        let (host, _) = try await choose()
        return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(TimeAmount(hostLimit))
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host.host, port: host.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// What `host` says it is, within ``hostLimit``.
    func role(of host: DatabaseHost) async throws -> ServerRole {
        var configuration = PostgresConnection.Configuration(
            host: host.host, port: host.port, username: url.user, password: url.password, database: url.database,
            tls: try url.tls.connectionTLS())
        configuration.options.connectTimeout = TimeAmount(hostLimit)
        let (limit, logger, ready) = (hostLimit, logger, configuration)
        return try await withThrowingTaskGroup(of: ServerRole?.self) { group in
            group.addTask {
                let connection = try await PostgresConnection.connect(configuration: ready, id: 0, logger: logger)
                do {
                    let rows = try await connection.query(
                        "SELECT pg_is_in_recovery(), current_setting('transaction_read_only') = 'on'", logger: logger)
                    var role = ServerRole(inRecovery: true, readOnly: true)
                    for try await (inRecovery, readOnly) in rows.decode((Bool, Bool).self) {
                        role = ServerRole(inRecovery: inRecovery, readOnly: readOnly)
                    }
                    try? await connection.close()
                    return role
                } catch {
                    try? await connection.close()
                    throw error
                }
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let role = try await group.next() ?? nil else { throw HostTimedOut(limit: limit) }
            return role
        }
    }

    struct HostTimedOut: Error, CustomStringConvertible {
        let limit: Duration
        var description: String { "no answer within \(limit)" }
    }

    static func describe(_ error: any Error) -> String {
        let underlying = (error as? PSQLError)?.underlying ?? error
        if let failure = underlying as? NIOConnectionError, let first = failure.connectionErrors.first {
            return "\(first.error)"
        }
        if let error = error as? PSQLError, error.underlying == nil { return DatabaseErrorText.describe(error) }
        return "\(underlying)"
    }
}

/// No host of a multi-host URL has the role `target_session_attrs` asks for (or none answers).
public struct NoHostQualifies: Error, CustomStringConvertible {
    public let attributes: TargetSessionAttributes
    /// Each host tried, with why it was passed over.
    public let passedOver: [String]

    public var description: String {
        "no host qualifies for target_session_attrs=\(attributes); tried " + passedOver.joined(separator: "; ")
    }
}
