/// An id typed on the command line that names nothing: ids are matched exactly (`tabula` is not
/// `TABULA`), so a miss says which known id was probably meant instead of printing an empty table.
public struct UnknownID: Error, Sendable, CustomStringConvertible {
    /// What the id should have named: `site`, `account`, `queue`, `agent`.
    public let kind: String
    public let id: String
    /// The known id that differs only in case, else the nearest by a small edit distance.
    public let suggestion: String?

    public init(kind: String, id: String, among known: [String]) {
        self.kind = kind
        self.id = id
        suggestion = Self.closest(to: id, among: known)
    }

    /// `no account TABULA; did you mean tabula?`
    public var description: String {
        "no \(kind) \(id)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
    }

    /// A known id equal to `id` but for case, else the one within a third of its length in edits
    /// (at least 1, at most 3), the fewest edits first and then the smallest id; nil when none is near.
    public static func closest(to id: String, among known: [String]) -> String? {
        let wanted = Array(id.lowercased())
        let sorted = known.sorted()
        if let sameButCase = sorted.first(where: { $0.lowercased() == id.lowercased() }) { return sameButCase }
        let allowed = min(3, max(1, wanted.count / 3))
        var best: (id: String, edits: Int)?
        for candidate in sorted {
            let edits = editDistance(wanted, Array(candidate.lowercased()))
            if edits <= allowed, edits < (best?.edits ?? .max) { best = (candidate, edits) }
        }
        return best?.id
    }

    /// Edit distance: insertions, deletions, substitutions and swaps of two neighbours
    /// (`MLN` is one edit from `MNL`), the optimal-string-alignment variant.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let substitution = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
