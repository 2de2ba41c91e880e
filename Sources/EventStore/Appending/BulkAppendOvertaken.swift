/// A bulk append overtaken on one of its streams by a writer whose transaction began later.
///
/// The log is read in transaction order, so every stream's versions must rise in that order
/// too. A bulk append takes its transaction id when it creates or locks its first stream and
/// locks the others one by one; a writer that began meanwhile can append to a stream it has
/// not locked yet. The bulk append then begins again (its new transaction id is later than
/// that writer's); this error reaches the caller only after ``attempts`` such tries in a row.
struct BulkAppendOvertaken: Error, CustomStringConvertible {
    static let attempts = 20

    var description: String {
        "the bulk append was overtaken on its streams by later writers \(Self.attempts) times in a row; nothing was written, try again"
    }
}
