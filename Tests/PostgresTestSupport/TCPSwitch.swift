import Foundation
import Synchronization

/// A loopback address that forwards every connection to a PostgreSQL server and can be
/// switched to another: the stable address clients keep through a fail-over, as HAProxy
/// (following Patroni's health checks), a Kubernetes Service (following Patroni's leader
/// label) or a virtual IP gives them in production. Switching cuts the connections forwarded
/// so far, as the old primary's death does.
///
/// Plain blocking sockets, two threads per connection: a test fixture, not a proxy to deploy.
public final class TCPSwitch: Sendable {
    public let port: Int
    private let listener: Int32
    private let target: Mutex<Int>
    private let open = Mutex<[ObjectIdentifier: Pair]>([:])
    private let closed = Atomic<Bool>(false)

    /// One forwarded connection: its two sockets, closed once both directions have ended.
    private final class Pair: Sendable {
        let client: Int32
        let upstream: Int32
        let ended = Atomic<Int>(0)
        init(client: Int32, upstream: Int32) { (self.client, self.upstream) = (client, upstream) }

        func cut() {
            shutdown(client, Int32(SHUT_RDWR))
            shutdown(upstream, Int32(SHUT_RDWR))
        }
    }

    /// Listens on a free port of 54371-54386 and forwards to 127.0.0.1:`target`.
    public init(target: Int) throws {
        let port = try StreamingReplica.reservePort()
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            Foundation.close(listener)
            throw FaultPointError(description: "the switch cannot listen on port \(port)")
        }
        self.port = port
        self.listener = listener
        self.target = Mutex(target)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Forwards new connections to 127.0.0.1:`port` from now on and cuts the current ones.
    public func switchTo(_ port: Int) {
        target.withLock { $0 = port }
        for pair in open.withLock({ Array($0.values) }) { pair.cut() }
    }

    /// Stops listening and cuts every connection.
    public func close() {
        guard !closed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        Foundation.close(listener)
        for pair in open.withLock({ Array($0.values) }) { pair.cut() }
    }

    private func acceptLoop() {
        while !closed.load(ordering: .sequentiallyConsistent) {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if closed.load(ordering: .sequentiallyConsistent) { return }
                continue
            }
            let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(target.withLock { $0 })
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                Foundation.close(upstream)
                Foundation.close(client)
                continue
            }
            let pair = Pair(client: client, upstream: upstream)
            open.withLock { $0[ObjectIdentifier(pair)] = pair }
            Thread.detachNewThread { [self] in pump(pair, from: client, to: upstream) }
            Thread.detachNewThread { [self] in pump(pair, from: upstream, to: client) }
        }
    }

    private func pump(_ pair: Pair, from source: Int32, to destination: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        copying: while true {
            let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            var sent = 0
            while sent < count {
                let written = buffer.withUnsafeBytes { send(destination, $0.baseAddress! + sent, count - sent, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { break copying }
                sent += written
            }
        }
        pair.cut()
        // The second direction to end closes both sockets: neither is in use any more.
        if pair.ended.add(1, ordering: .sequentiallyConsistent).newValue == 2 {
            open.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(pair)) }
            Foundation.close(pair.client)
            Foundation.close(pair.upstream)
        }
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
