@testable import CallboardHTTP
import Foundation
import HummingbirdTesting
import Testing

/// A connection that never finishes its request head, or sits idle, is closed within the
/// configured bound (issue 11: slow-header connections were held open forever). The bounds
/// are checked generously: the server closes within a few seconds of a 1 s timeout, where
/// before it never did.
@Suite struct ConnectionTimeoutTests {
    @Test func aPartialRequestLineIsClosedWithinTheHeaderTimeout() async throws {
        try await APIHarness.run(configure: { $0.headerTimeoutSeconds = 1; $0.idleTimeoutSeconds = 600 }) { _, client in
            let port = try #require(client.port)
            let slow = try RawConnection(port: port)
            try slow.send("GET /v1/accounts/ACME/intervals?from=2026-11-01&to=20")
            let answer = await slow.readUntilClosed(within: 20)
            #expect(answer.closed, "the connection was still open after 20 s")
            #expect(answer.after < .seconds(15), "closed after \(answer.after)")
            // A header trickled byte by byte is bounded the same way.
            let trickle = try RawConnection(port: port)
            try trickle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n")
            for _ in 0..<3 {
                try? await Task.sleep(for: .milliseconds(400))
                try? trickle.send("X")
            }
            let trickled = await trickle.readUntilClosed(within: 20)
            #expect(trickled.closed && !trickled.text.contains("200"), "\(trickled.text)")
            // A connection opened and never used is closed too (the test client's own, idle
            // since the start); a prompt client is still served.
            await #expect(throws: (any Error).self) { _ = try await client.get("/healthz", token: nil) }
            let prompt = try RawConnection(port: port)
            try prompt.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let served = await prompt.readUntilClosed(within: 20)
            #expect(served.text.hasPrefix("HTTP/1.1 200"), "\(served.text)")
        }
    }

    @Test func anIdleKeepAliveConnectionIsClosedAndAPromptOneIsServed() async throws {
        try await APIHarness.run(configure: { $0.headerTimeoutSeconds = 30; $0.idleTimeoutSeconds = 1 }) { _, client in
            let port = try #require(client.port)
            let idle = try RawConnection(port: port)
            try idle.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let answer = await idle.readUntilClosed(within: 20)
            #expect(answer.text.hasPrefix("HTTP/1.1 200"), "\(answer.text)")
            #expect(answer.closed, "the idle connection was still open after 20 s")
        }
    }

    @Test func oversizedHeadsAreRefusedAndTheServerStaysUp() async throws {
        try await APIHarness.run { _, client in
            let port = try #require(client.port)
            // Beyond the HTTP parser's 80 KiB of head, Hummingbird answers a bare 400 and closes.
            let huge = try RawConnection(port: port)
            try huge.send("GET /v1/accounts/ACME/intervals?from=" + String(repeating: "9", count: 100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
            let refused = await huge.readUntilClosed(within: 20)
            #expect(refused.text.hasPrefix("HTTP/1.1 4") && refused.closed, "\(refused.text.prefix(200))")
            let headers = try RawConnection(port: port)
            try headers.send("GET /healthz HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X-Pad: \(String(repeating: "p", count: 1000))\r\n", count: 200) + "\r\n")
            let refusedHeaders = await headers.readUntilClosed(within: 20)
            #expect(refusedHeaders.text.hasPrefix("HTTP/1.1 4") && refusedHeaders.closed, "\(refusedHeaders.text.prefix(200))")
            #expect(try await client.get("/healthz", token: nil).status == .ok)
        }
    }
}
