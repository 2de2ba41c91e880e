/// An estimate of how wide a line of text is drawn, and the line breaks that keep a text
/// within a width.
///
/// Exists because an SVG is laid out before any font is chosen: labels must not overlap
/// and titles must not run off the page whichever sans-serif renders them. The estimate
/// errs wide (DejaVu Sans, the widest common sans-serif, averages about 0.6 em a glyph;
/// capitals and digits are wider than lower case).
enum TextMeasure {
    /// Estimated width in pixels of `text` at `fontSize`.
    static func width(of text: String, fontSize: Double) -> Double {
        text.reduce(0) { sum, character in
            let em: Double = switch character {
            case " ", ".", ",", ":", ";", "'", "!", "|", "i", "l", "j": 0.36
            case "m", "w", "M", "W", "@": 0.92
            case _ where character.isUppercase || character.isNumber: 0.72
            default: 0.62
            }
            return sum + em * fontSize
        }
    }

    /// `text` broken at spaces into lines no wider than `width` (a single word wider than
    /// that gets a line of its own, unbroken: names are never cut).
    static func lines(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if line.isEmpty || Self.width(of: candidate, fontSize: fontSize) <= width {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
