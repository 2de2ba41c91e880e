import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

extension QueueCLICommand {
    /// `callboard queue closure`: record (or withdraw) a whole-day closure of one queue.
    struct Closure: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "closure",
            abstract: "Record that a queue is closed for one whole local day, or withdraw such a closure.",
            discussion: """
                The day is read on the queue's market clock. Recording the same closure again \
                changes nothing; another reason for a closed day is refused; --withdraw \
                corrects a mistake (the closure stays in the log, withdrawn).
                """)

        @Option(help: "The queue id.") var queue: String
        @Option(help: "The closed day, YYYY-MM-DD, on the queue's market clock.", transform: FieldSyntax.date)
        var on: LocalDate
        @Option(help: "Why the queue is closed (or why the closure is withdrawn).") var reason: String = ""
        @Flag(help: "Withdraw the closure recorded on that day.") var withdraw = false

        func run() async throws {
            let id = QueueID(queue)
            let command: QueueCommand = withdraw
                ? .withdrawClosure(queue: id, on: on, reason: reason)
                : .recordClosure(queue: id, on: on, reason: reason)
            try await OperationRun.record(source: "cli:queue closure") { try await $0.run(command) }
        }
    }

    /// `callboard queue closures`: the standing closures, by queue and day.
    struct Closures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "closures",
            abstract: "List queues' recorded closures, of one queue or client account, between two days.")

        @OptionGroup var filter: QueueDaysFilter
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let filter = filter
            try await OperationRun.list(format) { listings in
                try await filter.check(listings)
                return QueueDaysFilter.table(try await listings.queueClosures(
                    queue: filter.queueID, account: filter.accountID, from: filter.from, to: filter.to))
            }
        }
    }
}
