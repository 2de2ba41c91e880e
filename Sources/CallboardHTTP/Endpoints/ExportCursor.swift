import Foundation

/// An opaque paging cursor: a keyset position, tagged with the export it belongs to and
/// written in base64url so clients keep it as it is. Keyset cursors are stable while new
/// facts arrive: a row's place is fixed by its key, never by an offset.
enum ExportCursor {
    static func encode(_ kind: String, _ key: String) -> String {
        Data("\(kind)|\(key)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The longest cursor accepted; the API's own are far shorter.
    static let maximumLength = 512

    /// The key of a cursor of `kind`; 400 naming `cursor` for anything else. The key is
    /// still to be checked by the export it belongs to.
    static func decode(_ text: String, kind: String) throws(ExportError) -> String {
        guard text.utf8.count <= maximumLength else {
            throw .badParameter("cursor", "is not a cursor this export handed out (longer than \(maximumLength) characters)")
        }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8),
              decoded.hasPrefix(kind + "|") else {
            throw .badParameter("cursor", "is not a cursor this export handed out")
        }
        return String(decoded.dropFirst(kind.count + 1))
    }
}
