import CallboardDomain
import Foundation
import Hummingbird

/// How many long exports run at once: at most `perToken` for one token (1 by default) and
/// `perServer` in this process. A long export is one estimated at more rows than
/// ``ExportAPIConfiguration/longExportRows``; beyond either share the request answers 429
/// with Retry-After before anything is read, so thirty parallel year-long CSV exports on one
/// token cannot starve every other client of the database and the CPU. The rate limiter
/// counts requests; this counts the expensive ones while they run.
///
/// A permit is held from admission until the response body has been written (or dropped,
/// should the client go away first), so it covers the whole stream.
final class LongExportAdmission: @unchecked Sendable {
    struct Limits: Sendable, Equatable {
        var perToken: Int
        var perServer: Int
        /// What a refused client is told to wait.
        var retryAfterSeconds: Int
    }

    let limits: Limits
    private let lock = NSLock()
    private var running: [ApiTokenID: Int] = [:]
    private var total = 0

    init(_ limits: Limits) { self.limits = limits }

    /// A permit for one long export of `token`, or 429 when its share or the server's is taken.
    func admit(_ token: ApiTokenID) throws(ExportError) -> LongExportPermit {
        let refusal: String? = lock.withLock {
            if running[token, default: 0] >= limits.perToken {
                return "this token already runs \(limits.perToken) long export\(limits.perToken == 1 ? "" : "s") (the most at once)"
            }
            if total >= limits.perServer { return "the server already runs \(limits.perServer) long exports (the most at once)" }
            running[token, default: 0] += 1
            total += 1
            return nil
        }
        if let refusal { throw .tooManyLongExports(refusal, retryAfter: limits.retryAfterSeconds) }
        return LongExportPermit(admission: self, token: token)
    }

    /// Long exports running now: of `token`, and in all.
    func running(_ token: ApiTokenID) -> (token: Int, total: Int) {
        lock.withLock { (running[token, default: 0], total) }
    }

    fileprivate func release(_ token: ApiTokenID) {
        lock.withLock {
            let left = running[token, default: 1] - 1
            running[token] = left > 0 ? left : nil
            total -= 1
        }
    }
}

/// One running long export's place; given back exactly once, when the body is written or
/// when the response is dropped unwritten.
final class LongExportPermit: @unchecked Sendable {
    private let admission: LongExportAdmission
    private let token: ApiTokenID
    private let lock = NSLock()
    private var held = true

    fileprivate init(admission: LongExportAdmission, token: ApiTokenID) {
        self.admission = admission
        self.token = token
    }

    func release() {
        let wasHeld = lock.withLock {
            defer { held = false }
            return held
        }
        if wasHeld { admission.release(token) }
    }

    deinit { release() }
}

extension ResponseBody {
    /// This body, holding `permit` until its last byte is handed to the connection (or the
    /// write fails, or the body is dropped unwritten).
    func holding(_ permit: LongExportPermit) -> ResponseBody {
        let body = self
        return ResponseBody(contentLength: contentLength) { writer in
            defer { permit.release() }
            let written = body
            try await written.write(PermitReleasingWriter(base: writer, permit: permit))
        }
    }
}

/// Gives the permit back just before the body's end is written, so a client that has read
/// the whole answer finds the permit free for its next long export.
private struct PermitReleasingWriter: ResponseBodyWriter {
    var base: any ResponseBodyWriter
    let permit: LongExportPermit

    mutating func write(_ buffer: ByteBuffer) async throws { try await base.write(buffer) }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        permit.release()
        try await base.finish(trailingHeaders)
    }
}
