import CallboardDomain
import Foundation

/// Turns read-model columns back into domain values. A value that does not parse means a
/// damaged read model: it is reported as such (rebuild the projection), never guessed.
enum StoredValue {
    /// A read-model value that is not what its projection writes.
    struct Unreadable: Error, CustomStringConvertible {
        let kind: String
        let text: String
        var description: String { "read model holds '\(text)', not a valid \(kind); rebuild the projection" }
    }

    static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else { throw Unreadable(kind: "date", text: text) }
        return date
    }

    /// `2026-11-23 08:00:00` (a `timestamp` column read as text) to the minute.
    static func localDateTime(_ text: String) throws -> LocalDateTime {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let date = LocalDate(parsing: String(parts[0])),
              let time = LocalTime(parsing: String(parts[1].prefix(5))) else {
            throw Unreadable(kind: "local date and time", text: text)
        }
        return LocalDateTime(date: date, time: time)
    }

    static func status(_ text: String) throws -> AgentStatus {
        guard let status = AgentStatus(rawValue: text) else { throw Unreadable(kind: "agent status", text: text) }
        return status
    }

    static func channel(_ text: String) throws -> Channel {
        guard let channel = Channel(rawValue: text) else { throw Unreadable(kind: "channel", text: text) }
        return channel
    }

    /// `en:native`.
    static func languageSkill(_ text: String) throws -> LanguageSkill {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let proficiency = Proficiency(rawValue: String(parts[1])) else {
            throw Unreadable(kind: "language and proficiency", text: text)
        }
        return LanguageSkill(LanguageCode(String(parts[0])), proficiency)
    }

    /// A domain value the projection stored in the events' JSON form.
    static func json<Value: Decodable>(_ text: String, as type: Value.Type) throws -> Value {
        do { return try EventJSON.makeDecoder().decode(Value.self, from: Data(text.utf8)) } catch {
            throw Unreadable(kind: "\(Value.self)", text: text)
        }
    }
}
