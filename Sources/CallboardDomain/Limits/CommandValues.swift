import Foundation

/// The check every decider makes first, whatever edge a command came from: every day, month
/// and instant in the command lies in the `BusinessCalendar`, every text is `PlainText`, and
/// every decimal number is finite. Fields with business ranges of their own (counts, seconds,
/// scores) are checked by their decider against `InputLimits`.
///
/// It walks the command's stored values by reflection, so a field added to a command later
/// is covered without anyone remembering to add a check.
public enum CommandValues {
    /// Every out-of-range value in `command`, each named by its path (`breaks.start`, `name`).
    public static func problems(in command: Any) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        visit(command, path: "", into: &problems)
        return problems
    }

    private static func visit(_ value: Any, path: String, into problems: inout [FieldProblem]) {
        switch value {
        case let day as LocalDate:
            if !BusinessCalendar.contains(day) {
                problems.append(FieldProblem(field: name(path), value: "\(day)", rule: BusinessCalendar.dayRule(for: day.year)))
            }
        case let month as LocalMonth:
            if !BusinessCalendar.contains(month) {
                problems.append(FieldProblem(field: name(path), value: "\(month)",
                                             rule: "must be a month from 1900-01 to 9998-12"))
            }
        case let instant as Date:
            if !BusinessCalendar.contains(instant) {
                let year = instant.timeIntervalSince1970.isFinite && instant >= BusinessCalendar.endInstant ? 9999 : 0
                problems.append(FieldProblem(field: name(path), value: describe(instant),
                                             rule: BusinessCalendar.instantRule(for: year)))
            }
        case let text as String:
            if let rule = PlainText.problem(text) {
                problems.append(FieldProblem(field: name(path), value: "'\(text.prefix(40).unicodeScalars.map(escaped).joined())'",
                                             rule: rule))
            }
        case let number as Double:
            if !number.isFinite {
                problems.append(FieldProblem(field: name(path), value: "\(number)", rule: "must be a finite number"))
            }
        case is Int, is Bool, is UUID, is TimeZone:
            return
        default:
            let mirror = Mirror(reflecting: value)
            let transparent = mirror.displayStyle == .enum || mirror.displayStyle == .optional
                || mirror.displayStyle == .collection || mirror.displayStyle == .set
                || mirror.displayStyle == .dictionary
            for child in mirror.children {
                // Tuple positions (`.0`) and identifiers' `rawValue` add nothing to a field's name.
                let label = transparent ? nil : child.label.flatMap { $0.hasPrefix(".") || $0 == "rawValue" ? nil : $0 }
                let childPath = label.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? path
                if mirror.displayStyle == .enum, let label = child.label, path.isEmpty,
                   Mirror(reflecting: child.value).displayStyle != .tuple,
                   Mirror(reflecting: child.value).displayStyle != .struct {
                    // `.cancel(reason)` with one unlabelled value: the case name is the best name.
                    visit(child.value, path: label, into: &problems)
                } else {
                    visit(child.value, path: childPath, into: &problems)
                }
            }
        }
    }

    private static func name(_ path: String) -> String { path.isEmpty ? "value" : path }

    private static func describe(_ instant: Date) -> String {
        guard instant.timeIntervalSince1970.isFinite, abs(instant.timeIntervalSince1970) < 1e15 else {
            return "\(instant.timeIntervalSince1970) s after 1970"
        }
        return EventJSON.format(instant)
    }

    /// Control characters written as `\u{0}` so a message never carries them.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        PlainText.isForbidden(scalar) ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
}
