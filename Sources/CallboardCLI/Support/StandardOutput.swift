import Foundation
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

    /// Whether the descriptor is a pipe or a socket: where a reader can go away.
    var isPipe: Bool {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFSOCK
    }

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
            exit(ExitStatus.outputFailed.rawValue)
        }
    }

    /// For read-only commands that may sit a long time between writes (`events tail`, `report
    /// intraday --watch`, a report's catch-up): when standard output is a pipe or socket, a
    /// thread waits for its reader to go (poll(2) reports POLLERR/POLLHUP on the write end) and
    /// ends the process then with exit 0, instead of at the next write minutes later. Not for
    /// commands that record something: those finish their work and stop at their next write.
    static func endWhenTheReaderGoes() {
        _ = readerWatch
    }

    /// The watching thread, started once however often a command asks for it.
    private static let readerWatch: Void = {
        guard OutputPipe.standardOutput.isPipe else { return }
        let watcher = Thread {
            var watched = pollfd(fd: OutputPipe.standardOutput.descriptor, events: 0, revents: 0)
            while true {
                let ready = poll(&watched, 1, -1)
                if ready < 0, errno == EINTR { continue }
                if ready < 0 { return }
                if watched.revents & Int16(POLLERR | POLLHUP) != 0 { exit(0) }
                if watched.revents & Int16(POLLNVAL) != 0 { return }
            }
        }
        watcher.name = "callboard.reader-gone"
        watcher.start()
    }()

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
