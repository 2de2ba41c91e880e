import Dispatch
import Foundation

/// Ends a command that runs until interrupted (`report intraday --watch`) quietly on Ctrl-C
/// (SIGINT) or SIGTERM: exit 0 and nothing printed, as when its reader goes away.
/// Output is written unbuffered (`StandardOutput`), so nothing is left to flush.
enum QuietInterrupt {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { exit(0) }
            source.resume()
            sources.append(source)
        }
    }
}
