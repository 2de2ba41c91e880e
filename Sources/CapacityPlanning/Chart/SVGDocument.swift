/// A minimal SVG writer: elements with attributes, text escaped, nothing else.
///
/// Exists so charts are built from values (never by pasting strings), and so every
/// attribute and text node is XML-escaped in one place.
struct SVGDocument {
    private var body: [String] = []
    let width: Double
    /// The document's height; a chart that lays itself out top-down sets it last.
    var height: Double
    /// A colour under everything (printed and converted charts need one); nil leaves it transparent.
    var background: String?

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// An empty element, e.g. `rect`, `line`, `polyline`, `path`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        body.append("<\(name)\(Self.attributes(attributes))/>")
    }

    /// An empty element whose attributes are chosen as it is drawn (e.g. a dash only some lines have).
    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        body.append("<\(name)\(attributes.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined())/>")
    }

    /// A `text` element.
    mutating func text(_ content: String, _ attributes: KeyValuePairs<String, String>) {
        body.append("<text\(Self.attributes(attributes))>\(Self.escape(content))</text>")
    }

    /// A `g` element around what `draw` adds (a legend entry, a panel), so its parts are found together.
    mutating func group(_ attributes: KeyValuePairs<String, String>, _ draw: (inout SVGDocument) -> Void) {
        body.append("<g\(Self.attributes(attributes))>")
        draw(&self)
        body.append("</g>")
    }

    /// The document, with a title for screen readers.
    func rendered(title: String) -> String {
        let size = "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
        return (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"sans-serif\" font-size=\"11\">",
                 "<title>\(Self.escape(title))</title>"]
                + (background.map { ["<rect width=\"100%\" height=\"100%\" fill=\"\(Self.escape($0))\"/>"] } ?? []) + body + ["</svg>", ""]).joined(separator: "\n")
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }
}
