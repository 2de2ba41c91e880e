import Foundation

/// Which build of the code tried a quarantined event. When the running build differs from
/// the one that quarantined an event, the leader retries it (an upgrade may have fixed
/// the read model or taught it a newer schema version).
///
/// By default the running executable's size and modification time, so installing a new
/// binary is an upgrade without anyone bumping a number; `CALLBOARD_CODE_VERSION` names
/// it explicitly (a release tag, say).
public enum CodeVersion {
    public static let running: String = {
        if let named = ProcessInfo.processInfo.environment["CALLBOARD_CODE_VERSION"], !named.isEmpty { return named }
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date).map { Int64($0.timeIntervalSince1970.rounded(.down)) } ?? 0
        return "\(URL(fileURLWithPath: path).lastPathComponent)@\(size)-\(modified)"
    }()
}
