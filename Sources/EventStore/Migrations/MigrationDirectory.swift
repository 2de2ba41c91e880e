import Foundation

/// The ordered migrations found in a directory of `NNNN_name.sql` files.
public enum MigrationDirectory {
    /// Why a migrations directory could not be read.
    public enum LoadError: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, reason: String)
        case badFileName(path: String)
        case duplicateVersion(Int, first: String, second: String)
        case empty(path: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "cannot read migrations in \(path): \(reason)"
            case .badFileName(let path):
                return "\(path): migration files are named NNNN_name.sql (four digits, lowercase letters, digits, _)"
            case .duplicateVersion(let version, let first, let second):
                return "migration number \(version) is used twice: \(first) and \(second)"
            case .empty(let path): return "no migrations (NNNN_name.sql) found in \(path)"
            }
        }
    }

    public static func load(from directory: URL) throws -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LoadError.unreadable(path: directory.path, reason: error.localizedDescription)
        }
        var migrations: [Int: Migration] = [:]
        for fileName in names.sorted() where fileName.hasSuffix(".sql") {
            let path = directory.appendingPathComponent(fileName)
            guard let (version, name) = parse(fileName) else { throw LoadError.badFileName(path: path.path) }
            let sql: String
            do {
                sql = try String(contentsOf: path, encoding: .utf8)
            } catch {
                throw LoadError.unreadable(path: path.path, reason: error.localizedDescription)
            }
            let migration = Migration(version: version, name: name, sql: sql)
            if let existing = migrations[version] {
                throw LoadError.duplicateVersion(version, first: existing.fileName, second: fileName)
            }
            migrations[version] = migration
        }
        guard !migrations.isEmpty else { throw LoadError.empty(path: directory.path) }
        return migrations.values.sorted { $0.version < $1.version }
    }

    /// `0001_event_store.sql` -> (1, "event_store").
    static func parse(_ fileName: String) -> (Int, String)? {
        let stem = fileName.dropLast(".sql".count)
        let parts = stem.split(separator: "_", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, let version = Int(parts[0]), version > 0 else { return nil }
        let name = String(parts[1])
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        guard !name.isEmpty, name.allSatisfy(allowed.contains) else { return nil }
        return (version, name)
    }
}
