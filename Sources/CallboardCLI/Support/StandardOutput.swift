#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where every line a command prints goes: a file descriptor written with write(2), so that
/// a reader that went away (`callboard events tail | head -2`) shows as EPIPE on the next
/// write instead of a signal or an endless run. `main` ignores SIGPIPE for this.
struct OutputPipe: Sendable {
    /// Why a write did not complete.
    enum Failure: Error, Equatable {
        /// EPIPE: nobody reads the pipe any more.
        case readerGone
        /// Any other errno.
        case failed(Int32)
    }

    let descriptor: Int32

    static let standardOutput = OutputPipe(descriptor: 1)

    /// Writes all of `text`, retrying interrupted and partial writes.
    func write(_ text: String) throws(Failure) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written >= 0 { offset += written; continue }
            let code = errno
            if code == EINTR || code == EAGAIN { continue }
            throw code == EPIPE ? .readerGone : .failed(code)
        }
    }
}

/// Standard output for the commands: when the reader has gone the command has nobody left to
/// tell anything, so it stops at once and the process exits 0, quietly (README, "Exit codes").
enum StandardOutput {
    static func write(_ text: String) {
        do {
            try OutputPipe.standardOutput.write(text)
        } catch .readerGone {
            exit(0)
        } catch {
            let message = "Error: cannot write to standard output (errno \(error))\n"
            _ = try? OutputPipe(descriptor: 2).write(message)
            exit(74)  // EX_IOERR
        }
    }

    /// Stops SIGPIPE from killing the process, so that a closed pipe reaches `write` as EPIPE.
    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }
}

/// The CLI's `print`: shadows `Swift.print` inside this module so that every command's output,
/// including ones added later, goes through `StandardOutput` (unbuffered, EPIPE-aware).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
