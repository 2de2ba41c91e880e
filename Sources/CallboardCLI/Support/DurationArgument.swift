import ArgumentParser
import Foundation

/// Durations as schedulers and operators type them: `30m`, `180s`, `1h`, `24h`, `1h30m`,
/// `90d`, or plain seconds. One reading for every command-line option that takes a length of
/// time (interval lengths, handle times, expiry windows, token lifetimes).
enum DurationArgument {
    static let unitSeconds: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]

    static func seconds(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let plain = Double(trimmed), plain.isFinite { return plain }
        var total = 0.0
        var number = ""
        for character in trimmed {
            if character.isNumber || character == "." {
                number.append(character)
            } else if let unit = unitSeconds[character], let value = Double(number) {
                total += value * unit
                number = ""
            } else {
                throw ValidationError("expected a duration such as 30m, 180s, 1h, 1h30m, 90d or plain seconds")
            }
        }
        guard number.isEmpty, !trimmed.isEmpty else {
            throw ValidationError("expected a duration such as 30m, 180s, 1h, 1h30m, 90d or plain seconds")
        }
        return total
    }

    /// An expiry window (`--expiring-within`): more than 0 and at most ten years, so the
    /// instant it reaches stays a date the database can compare.
    static func window(_ text: String) throws -> Double {
        let seconds = try seconds(text)
        guard seconds > 0, seconds <= 3_650 * 86_400 else {
            throw ValidationError("expected a window more than 0 and at most 3650d (ten years), but was '\(text)'")
        }
        return seconds
    }

    /// `1800` -> `30m`, `180` -> `180s`, `5400` -> `1h30m`.
    static func text(_ seconds: Double) -> String {
        guard seconds == seconds.rounded(), seconds >= 60, seconds < 1e12 else {
            return "\(StaffingCommand.number(seconds, decimals: seconds == seconds.rounded() ? 0 : 1))s"
        }
        var rest = Int(seconds)
        var parts = ""
        for (unit, size) in [("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            parts += "\(rest / size)\(unit)"
            rest %= size
        }
        return parts
    }
}
