import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A load balancer in front of several `serve` processes, as a test drives it: concurrent
/// workers, each with a keep-alive connection per server, send GETs round robin over the
/// servers still in rotation. A server the test killed leaves the rotation at its first
/// failed request (a balancer's health check does the same); a failed request to any other
/// server is recorded as a failure of the service.
final class RoundRobinLoad: @unchecked Sendable {
    /// One request's fate.
    struct Outcome: Sendable {
        let server: Int
        let uri: String
        let status: Int?
        let body: String
        let headers: HTTPFields
        let error: String?
        /// Whether it ended after the test killed a server.
        let afterKill: Bool
    }

    let ports: [Int]
    private let lock = NSLock()
    private var next = 0
    private var sent = 0
    private var killed: Int?
    private var outOfRotation: Set<Int> = []
    private var stopped = false
    private var answered: [Int: Int] = [:]

    init(ports: [Int]) { self.ports = ports }

    /// Records that the test killed `server` (its failures from now on are expected).
    func killed(_ server: Int) { lock.withLock { killed = server } }

    var killedServer: Int? { lock.withLock { killed } }

    /// Ends the load: no request is sent after this.
    func stop() { lock.withLock { stopped = true } }

    var isStopped: Bool { lock.withLock { stopped } }

    /// How many 200s `server` has answered so far.
    func answers(from server: Int) -> Int { lock.withLock { answered[server, default: 0] } }

    private func pick(limit: Int?) -> Int? {
        lock.withLock {
            if stopped { return nil }
            if let limit, sent >= limit { return nil }
            for _ in 0..<ports.count {
                let server = next % ports.count
                next += 1
                if !outOfRotation.contains(server) {
                    sent += 1
                    return server
                }
            }
            return nil
        }
    }

    private func failed(_ server: Int) -> Bool {
        lock.withLock {
            if killed == server { outOfRotation.insert(server) }
            return killed != nil
        }
    }

    /// Runs `workers` workers sending `uris` in turn with `token`, until `until` or, when
    /// given, `requests` requests in all; returns every outcome.
    func run(workers: Int, uris: [String], token: String, until: ContinuousClock.Instant, requests: Int? = nil) async -> [Outcome] {
        await withTaskGroup(of: [Outcome].self) { group in
            for worker in 0..<workers {
                group.addTask { await self.work(offset: worker, uris: uris, token: token, until: until, limit: requests) }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
    }

    private func work(offset: Int, uris: [String], token: String, until: ContinuousClock.Instant, limit: Int?) async -> [Outcome] {
        var clients: [Int: TestClient] = [:]
        var outcomes: [Outcome] = []
        var index = offset
        while ContinuousClock.now < until, let server = pick(limit: limit) {
            let uri = uris[index % uris.count]
            index += 1
            let client: TestClient
            if let open = clients[server] {
                client = open
            } else {
                client = TestClient(host: "127.0.0.1", port: ports[server], configuration: .init(timeout: .seconds(120)))
                client.connect()
                clients[server] = client
            }
            do {
                let response = try await client.get(uri, headers: [.authorization: "Bearer \(token)"])
                let body = response.body.map { String(buffer: $0) } ?? ""
                if response.status == .ok { lock.withLock { answered[server, default: 0] += 1 } }
                outcomes.append(Outcome(
                    server: server, uri: uri, status: response.status.code, body: body, headers: response.head.headerFields,
                    error: nil, afterKill: killedServer != nil))
            } catch {
                let afterKill = failed(server)
                outcomes.append(Outcome(
                    server: server, uri: uri, status: nil, body: "", headers: [:], error: "\(error)", afterKill: afterKill))
                clients[server] = nil
                try? await client.shutdown()
            }
        }
        for client in clients.values { try? await client.shutdown() }
        return outcomes
    }
}
