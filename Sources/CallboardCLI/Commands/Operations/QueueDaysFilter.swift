import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardOperations

/// The options that choose which queues' recorded days a listing prints (`queue closures`,
/// `queue confirmed-days`): one queue or one client account, between two days.
///
/// Exists so every listing of days recorded against queues takes the same flags and refuses
/// the same contradictions.
struct QueueDaysFilter: ParsableArguments {
    @Option(help: "Only this queue.") var queue: String?
    @Option(help: "Only queues of this client account.") var account: String?
    @Option(help: "First day, YYYY-MM-DD.", transform: FieldSyntax.date) var from: LocalDate?
    @Option(help: "Last day, YYYY-MM-DD.", transform: FieldSyntax.date) var to: LocalDate?

    func validate() throws {
        if queue != nil, account != nil { throw ValidationError("give --queue or --account, not both") }
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
    }

    /// Throws `UnknownID` (exit 65, with the likely meant id) for a queue or account that names nothing.
    func check(_ listings: Listings) async throws {
        if let queueID { _ = try await listings.queue(queueID) }
        if let accountID { _ = try await listings.account(accountID) }
    }

    var queueID: QueueID? { queue.map { QueueID($0) } }
    var accountID: AccountID? { account.map { AccountID($0) } }

    /// The days as the listings print them.
    static func table(_ days: [QueueDayEntry]) -> OutputTable {
        OutputTable(columns: ["queue_id", "account_id", "date", "reason"], rows: days.map {
            [.text($0.queueID.rawValue), .text($0.accountID.rawValue), .text($0.day.description),
             $0.reason.isEmpty ? .null : .text($0.reason)]
        })
    }
}
