import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain TCP connection to the API on loopback, for what an HTTP client never does: send
/// half a request line and wait. Blocking calls run on a Dispatch thread, never on the
/// Swift concurrency pool.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Connects to `localhost` at `port` the way the test server bound it: IPv4 or IPv6 loopback.
    init(port: Int) throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo("localhost", String(port), &hints, &found) == 0, let first = found else {
            throw Failure(description: "getaddrinfo localhost failed")
        }
        defer { freeaddrinfo(first) }
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            let descriptor = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if descriptor >= 0 {
                if Glibc.connect(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                    socket = descriptor
                    return
                }
                close(descriptor)
            }
            candidate = info.pointee.ai_next
        }
        throw Failure(description: "connect to localhost:\(port): errno \(errno)")
    }

    deinit { close(socket) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw Failure(description: "send: errno \(errno)") }
    }

    /// Reads until the server closes the connection or `seconds` pass; what was read,
    /// whether the server closed, and after how long (measured by the reading thread).
    func readUntilClosed(within seconds: Double) async -> (text: String, closed: Bool, after: Duration) {
        await withCheckedContinuation { continuation in
            // A thread of its own: a busy machine's global queue or cooperative pool would add
            // its own delay to the time the server took to close.
            Thread.detachNewThread { [self] in
                let started = ContinuousClock.now
                let deadline = Date().addingTimeInterval(seconds)
                var received: [UInt8] = []
                while true {
                    let left = deadline.timeIntervalSinceNow
                    guard left > 0 else { break }
                    var poll = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                    let ready = Glibc.poll(&poll, 1, Int32(left * 1000) + 1)
                    guard ready > 0 else { if ready < 0, errno == EINTR { continue } else { break } }
                    var buffer = [UInt8](repeating: 0, count: 4096)
                    let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                    if count <= 0 {
                        continuation.resume(returning: (String(decoding: received, as: UTF8.self), true, ContinuousClock.now - started))
                        return
                    }
                    received += buffer.prefix(count)
                }
                continuation.resume(returning: (String(decoding: received, as: UTF8.self), false, ContinuousClock.now - started))
            }
        }
    }
}
