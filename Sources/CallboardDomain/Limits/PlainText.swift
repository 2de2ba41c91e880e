/// The rule for text typed or imported into Callboard (names, notes, reasons, labels, ids):
/// at most `maximumCharacters` characters and no control characters other than tab and line
/// breaks. A NUL byte cannot be stored in PostgreSQL text, and other control characters only
/// ever come from a damaged or mis-encoded file.
public enum PlainText {
    public static let maximumCharacters = 2_000

    /// Why `text` is refused, or nil when it is fine.
    public static func problem(_ text: String) -> String? {
        // Control characters are bytes below 0x20, 0x7F, or C2 80-9F in UTF-8: most texts skip the scalar scan.
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
           let control = text.unicodeScalars.first(where: isForbidden) {
            return "must not contain control characters, but has \(codePoint(control))"
        }
        // The UTF-8 count bounds the character count from above, so short texts skip the count.
        if text.utf8.count > maximumCharacters, text.count > maximumCharacters {
            return "must be at most \(maximumCharacters) characters, but has \(text.count)"
        }
        return nil
    }

    /// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// `U+0000`.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
