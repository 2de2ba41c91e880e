import Foundation

/// How a process uses its read replicas: which ones (`CALLBOARD_READ_DATABASE_URL`, one URL
/// or several separated by commas), how far behind the primary one may be and still answer
/// (`CALLBOARD_READ_MAX_LAG`, seconds), and how long a reader that needs a given log position
/// waits for a replica to reach it before reading the primary (`CALLBOARD_READ_POSITION_WAIT`).
public struct ReadReplicaSettings: Sendable {
    /// The replicas' URLs, in the order given; empty: every read goes to the primary.
    public var urls: [DatabaseURL]
    /// A replica further behind than this (seconds) is skipped, and `/readyz` fails when every one is.
    public var maximumLagSeconds: Double = 5
    /// How long a read that needs a position waits for a replica to reach it (seconds).
    public var positionWaitSeconds: Double = 2
    /// How long a measurement of the replicas' health is reused (seconds).
    public var healthMaxAgeSeconds: Double = 1
    /// How long a replica may take to connect and answer a check or a read's connection (seconds).
    public var connectSeconds: Double = 2

    public init(urls: [DatabaseURL]) { self.urls = urls }

    /// The settings the environment names; `urls` is empty when `CALLBOARD_READ_DATABASE_URL` is unset.
    ///
    /// - Throws: ``DatabaseURL/ParseError`` for a malformed URL, ``InvalidSetting`` for a
    ///   number that is not a positive number of seconds.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ReadReplicaSettings {
        let text = environment["CALLBOARD_READ_DATABASE_URL"] ?? ""
        var settings = ReadReplicaSettings(urls: try splitURLs(text).map { try DatabaseURL(parsing: $0, environment: environment) })
        settings.maximumLagSeconds = try seconds(environment, "CALLBOARD_READ_MAX_LAG") ?? settings.maximumLagSeconds
        settings.positionWaitSeconds = try seconds(environment, "CALLBOARD_READ_POSITION_WAIT") ?? settings.positionWaitSeconds
        return settings
    }

    /// A setting that is not a positive number of seconds.
    public struct InvalidSetting: Error, CustomStringConvertible {
        public let description: String
    }

    /// Splits a list of URLs at the commas that start a new `postgres://` or `postgresql://`
    /// URL, so a URL naming several hosts (`postgres://u@h1:5432,h2:5432/db`) stays whole.
    static func splitURLs(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == ",", rest.dropFirst().drop(while: \.isWhitespace).hasPrefix("postgres") {
                parts.append(current)
                current = ""
            } else {
                current.append(first)
            }
            rest = rest.dropFirst()
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func seconds(_ environment: [String: String], _ name: String) throws -> Double? {
        guard let text = environment[name], !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite, value > 0, value <= 86_400 else {
            throw InvalidSetting(description: "\(name) must be a number of seconds from 0 to 86400 (not 0), but was \(text)")
        }
        return value
    }
}
