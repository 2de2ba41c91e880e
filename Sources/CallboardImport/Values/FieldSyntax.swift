import CallboardDomain
import Foundation

/// How values are written in import files (and typed at the command line), one parser per
/// kind of value, so a date or an SLA reads the same everywhere. Parsers check the shape only;
/// business rules (seats above zero, a known timezone) stay with the domain's deciders.
public enum FieldSyntax {
    /// `42`.
    public static func integer(_ text: String) throws(FieldSyntaxError) -> Int {
        guard let value = Int(text) else {
            let digits = text.drop { $0 == "-" || $0 == "+" }
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw FieldSyntaxError("must be a whole number of a size Callboard accepts (see docs/import-formats.md, Input limits)")
            }
            throw FieldSyntaxError("must be a whole number")
        }
        return value
    }

    /// A whole number within `limit`, e.g. a port or a count typed at the command line.
    public static func integer(_ text: String, within limit: WholeNumberLimit) throws(FieldSyntaxError) -> Int {
        guard let value = Int(text), limit.contains(value) else {
            throw FieldSyntaxError("must be a whole number from \(limit.span)")
        }
        return value
    }

    /// `87.5`.
    public static func number(_ text: String) throws(FieldSyntaxError) -> Double {
        guard let value = Double(text), value.isFinite, !text.contains(where: \.isLetter) else {
            throw FieldSyntaxError("must be a number such as 87.5")
        }
        return value
    }

    /// `en;tl` as `["en", "tl"]`: entries are separated by `;`, trimmed, and empty ones dropped.
    public static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Each entry of a `;` list read by `element`; the first bad entry is named.
    public static func list<T>(
        _ text: String, _ element: (String) throws(FieldSyntaxError) -> T
    ) throws(FieldSyntaxError) -> [T] {
        var values: [T] = []
        for entry in list(text) {
            do { values.append(try element(entry)) } catch {
                throw FieldSyntaxError("each entry \(error.rule)", detail: "'\(entry)' is not")
            }
        }
        return values
    }

    /// `voice`, `email`, `chat` or `social`.
    public static func channel(_ text: String) throws(FieldSyntaxError) -> Channel {
        guard let channel = Channel(rawValue: text) else {
            throw FieldSyntaxError("must be voice, email, chat or social")
        }
        return channel
    }

    /// The words files use for the agent lifecycle; on leave is `leave`.
    static let agentStatuses: [String: AgentStatus] = [
        "training": .training, "nesting": .nesting, "live": .live, "leave": .onLeave, "left": .left,
    ]

    /// `training`, `nesting`, `live`, `leave` or `left`.
    public static func agentStatus(_ text: String) throws(FieldSyntaxError) -> AgentStatus {
        guard let status = agentStatuses[text] else { throw FieldSyntaxError("must be training, nesting, live, leave or left") }
        return status
    }

    /// `15`, `30` or `60`: the minutes of an interval.
    public static func intervalLength(_ text: String) throws(FieldSyntaxError) -> IntervalLength {
        guard let minutes = Int(text), let length = IntervalLength(rawValue: minutes) else {
            throw FieldSyntaxError("must be 15, 30 or 60")
        }
        return length
    }

    /// `earlier` or `later`: which of two instants a repeated local time means.
    public static func occurrence(_ text: String) throws(FieldSyntaxError) -> Occurrence {
        guard let occurrence = Occurrence(rawValue: text) else { throw FieldSyntaxError("must be earlier or later") }
        return occurrence
    }

    /// `en:native`: a language and how well it is spoken (native, fluent or working).
    public static func languageSkill(_ text: String) throws(FieldSyntaxError) -> LanguageSkill {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let level = Proficiency(rawValue: String(parts[1])) else {
            throw FieldSyntaxError("must be a language and level such as en:native or tl:fluent (native, fluent or working)")
        }
        return LanguageSkill(LanguageCode(String(parts[0])), level)
    }
}

/// Why a field's text is not a value of its column's kind: the rule it breaks, e.g.
/// `must be a date YYYY-MM-DD`, and optionally which part is wrong.
public struct FieldSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let rule: String
    public let detail: String?

    public init(_ rule: String, detail: String? = nil) {
        self.rule = rule
        self.detail = detail
    }

    /// `must be 24/7 or days and hours ... ('fry' is not a day ...)`, for messages that quote the text themselves.
    public var description: String { detail.map { "\(rule) (\($0))" } ?? rule }

    /// `must be a date YYYY-MM-DD, but was '2026-02-30'`.
    public func reason(for text: String) -> String {
        guard let detail else { return "\(rule), but was '\(text)'" }
        return "\(rule), but \(detail)"
    }
}
