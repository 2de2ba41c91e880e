import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a file, held while a closure runs, so that several processes
/// starting the same cluster at once take turns.
enum FileLock {
    static func withLock<T>(at url: URL, _ body: () throws -> T) throws -> T {
        let descriptor = open(url.path, O_CREAT | O_RDWR, 0o666)
        guard descriptor >= 0 else {
            throw LocalCluster.StartError(description: "cannot open lock file \(url.path): errno \(errno)")
        }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw LocalCluster.StartError(description: "cannot lock \(url.path): errno \(errno)")
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
