import Foundation

/// Finds the `schema/` directory of SQL migrations: `CALLBOARD_SCHEMA_DIR`, else
/// `schema/` in the current directory, else beside the installed executable
/// (`../share/callboard/schema`), else the source checkout the binary was built in.
enum SchemaDirectory {
    struct NotFound: Error, CustomStringConvertible {
        let tried: [String]
        var description: String {
            "no schema directory with migrations found; tried \(tried.joined(separator: ", ")). Set CALLBOARD_SCHEMA_DIR."
        }
    }

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        var candidates: [String] = []
        if let configured = environment["CALLBOARD_SCHEMA_DIR"] { candidates.append(configured) }
        candidates.append(FileManager.default.currentDirectoryPath + "/schema")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("../share/callboard/schema").standardizedFileURL.path)
        // .build/<config>/callboard inside a checkout.
        candidates.append(executable.appendingPathComponent("../../schema").standardizedFileURL.path)
        candidates.append(executable.appendingPathComponent("../../../schema").standardizedFileURL.path)
        for path in candidates where FileManager.default.fileExists(atPath: path + "/0001_event_store.sql") {
            return URL(fileURLWithPath: path)
        }
        throw NotFound(tried: candidates)
    }
}
