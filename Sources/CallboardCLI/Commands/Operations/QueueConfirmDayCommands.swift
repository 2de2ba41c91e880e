import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

extension QueueCLICommand {
    /// `callboard queue confirm-day`: confirm (or withdraw the confirmation) that a queue's
    /// unusual day was real demand.
    struct ConfirmDay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirm-day",
            abstract: "Confirm that a queue's unusual local day was real demand, or withdraw the confirmation.",
            discussion: """
                The forecaster sets aside days far below or above what it expected (an outage, a routing \
                error; see the flagged days of `forecast run`). A confirmed day is learned from as it was \
                reported. The day is read on the queue's market clock; a day recorded closed cannot be \
                confirmed. Confirming again with the same reason changes nothing; --withdraw corrects a \
                mistake (the confirmation stays in the log, withdrawn).
                """)

        @Option(help: "The queue id.") var queue: String
        @Option(help: "The day, YYYY-MM-DD, on the queue's market clock.", transform: FieldSyntax.date) var on: LocalDate
        @Option(help: "Why the day was real (or why the confirmation is withdrawn).") var reason: String = ""
        @Flag(help: "Withdraw the confirmation of that day.") var withdraw = false

        var command: QueueCommand {
            withdraw ? .withdrawDayConfirmation(queue: QueueID(queue), on: on, reason: reason)
                : .confirmDay(queue: QueueID(queue), on: on, reason: reason)
        }

        func run() async throws {
            let command = command
            try await OperationRun.record(source: "cli:queue confirm-day") { try await $0.run(command) }
        }
    }

    /// `callboard queue confirmed-days`: the standing confirmations, by queue and day.
    struct ConfirmedDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirmed-days",
            abstract: "List the days confirmed as real demand, of one queue or client account, between two days.")

        @OptionGroup var filter: QueueDaysFilter
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let filter = filter
            try await OperationRun.list(format) { listings in
                try await filter.check(listings)
                return QueueDaysFilter.table(try await listings.confirmedDays(
                    queue: filter.queueID, account: filter.accountID, from: filter.from, to: filter.to))
            }
        }
    }
}
