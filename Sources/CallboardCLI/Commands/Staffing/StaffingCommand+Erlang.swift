import ArgumentParser
import Foundation
import StaffingMath

extension StaffingCommand {
    /// `callboard staffing erlang`: agents needed for one interval.
    struct Erlang: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erlang",
            abstract: "Agents needed for one interval: Erlang C, Erlang A (with --patience), chat or email.",
            discussion: """
                Voice and chat use Erlang C, or Erlang A when --patience is given. Chat agents \
                handle --concurrency chats at once. For email, --contacts must be answered within \
                --interval (the response window), on a 24/7 clock unless --open-hours/--open-days \
                describe business hours.
                Durations: 30m, 180s, 1h, 24h, 1h30m or plain seconds. Target: percent/seconds, e.g. 80/20.
                """
        )

        @Option(parsing: .unconditional, help: "Contacts offered in the interval (for email: to answer within the window).")
        var contacts: Double

        @Option(parsing: .unconditional, help: "Interval length, e.g. 30m (for email: the response window, e.g. 24h).",
                transform: DurationArgument.seconds)
        var interval: Double

        @Option(parsing: .unconditional, help: "Average handle time, e.g. 180s.", transform: DurationArgument.seconds)
        var aht: Double

        @Option(help: "Service-level target percent/seconds, e.g. 80/20 (voice and chat).")
        var target: String?

        @Option(parsing: .unconditional, help: "Shrinkage, a fraction in [0, 1), e.g. 0.3.")
        var shrinkage: Double = 0

        @Option(parsing: .unconditional, help: "Occupancy cap, a fraction in (0, 1], e.g. 0.85.")
        var maxOccupancy: Double?

        @Option(parsing: .unconditional, help: "Mean caller patience, e.g. 120s: switches to Erlang A.", transform: DurationArgument.seconds)
        var patience: Double?

        @Option(parsing: .unconditional, help: "Average speed of answer target, e.g. 30s.", transform: DurationArgument.seconds)
        var asa: Double?

        @Option(parsing: .unconditional, help: "Abandonment cap with --patience, a fraction in (0, 1], e.g. 0.05.")
        var maxAbandonment: Double?

        @Option(help: "With --patience: count only answered contacts (answered) or everyone who waited at most the threshold, abandoned included (waited).")
        var serviceLevelBasis: BasisArgument = .answered

        @Option(help: "voice, chat or email.")
        var channel: Channel = .voice

        @Option(parsing: .unconditional, help: "Chats one agent handles at once (chat only).")
        var concurrency: Int = 1

        @Option(parsing: .unconditional, help: "Email: open hours per day (business-hours clock).")
        var openHours: Double?

        @Option(parsing: .unconditional, help: "Email: open days per week (business-hours clock).")
        var openDays: Double?

        @Option(help: "table or json.")
        var format: OutputFormat = .table

        func validate() throws {
            try StaffingLimits.check(contacts: contacts, interval: interval, aht: aht, patience: patience, asa: asa,
                                     concurrency: concurrency, numbers: [("--shrinkage", shrinkage),
                                     ("--max-occupancy", maxOccupancy), ("--max-abandonment", maxAbandonment),
                                     ("--open-hours", openHours), ("--open-days", openDays)])
            if channel != .chat, concurrency != 1 {
                throw ValidationError("--concurrency applies only to --channel chat.")
            }
            if channel == .email {
                for (given, name) in [(patience != nil, "--patience"), (asa != nil, "--asa"),
                                      (maxAbandonment != nil, "--max-abandonment"), (target != nil, "--target")]
                where given {
                    throw ValidationError("\(name) does not apply to --channel email.")
                }
            } else {
                if target == nil { throw ValidationError("Missing --target (e.g. 80/20) for --channel \(channel.rawValue).") }
                if openHours != nil || openDays != nil {
                    throw ValidationError("--open-hours and --open-days apply only to --channel email.")
                }
                if patience == nil, maxAbandonment != nil {
                    throw ValidationError("--max-abandonment needs --patience (abandonment is modelled only by Erlang A).")
                }
            }
        }

        func run() async throws {
            do {
                print(try output())
            } catch let error as StaffingInputError {
                let message = Self.option(for: error).map { "\($0): \(error.description)" }
                    ?? "target unreachable: \(error.description)"
                FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
                throw ExitStatus.usage.code
            }
        }

        /// The report this command prints.
        func output() throws -> String { channel == .email ? try deferredWorkReport() : try queueReport() }

        private func queueReport() throws -> String {
            let load = try OfferedLoad(contacts: contacts, intervalSeconds: interval, averageHandleTimeSeconds: aht)
            let goal = try StaffingGoal(
                serviceLevel: ServiceLevelTarget(parsing: target ?? ""),
                maxAverageSpeedOfAnswer: asa,
                maxOccupancy: maxOccupancy,
                maxAbandonment: maxAbandonment)
            let basis: ServiceLevelBasis = serviceLevelBasis == .answered ? .answeredWithinThreshold : .waitedWithinThreshold
            let model: any QueueingModel = switch channel {
            case .chat:
                try ChatStaffing(load: load, concurrency: concurrency, meanPatienceSeconds: patience, serviceLevelBasis: basis)
            default:
                if let patience { try ErlangA(load: load, meanPatienceSeconds: patience, serviceLevelBasis: basis) }
                else { ErlangC(load: load) }
            }
            let requirement = try model.requirement(for: goal, shrinkage: Shrinkage(shrinkage))
            let report = QueueReport(
                channel: channel, patience: patience, basis: patience == nil ? nil : serviceLevelBasis,
                concurrency: concurrency, goal: goal, requirement: requirement)
            return format == .json ? try Self.json(report) : report.table
        }

        private func deferredWorkReport() throws -> String {
            let clock: OpeningHours = if openHours == nil && openDays == nil {
                .twentyFourSeven
            } else {
                try OpeningHours(hoursPerDay: openHours ?? 24, daysPerWeek: openDays ?? 7)
            }
            let inbox = try DeferredWorkStaffing(
                contacts: contacts, handleTimeSeconds: aht, responseWindowSeconds: interval,
                openingHours: clock, maxOccupancy: maxOccupancy ?? 1)
            let report = DeferredWorkReport(
                contacts: contacts, responseWindow: interval, clock: clock,
                requirement: inbox.requirement(shrinkage: try Shrinkage(shrinkage)))
            return format == .json ? try Self.json(report) : report.table
        }

        private static func json(_ value: some Encodable) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        }

        /// The command-line option a library error is about (none for an unreachable target,
        /// which is about the options together).
        static func option(for error: StaffingInputError) -> String? {
            switch error {
            case .nonPositiveInterval, .nonPositiveResponseWindow: "--interval"
            case .negativeContacts: "--contacts"
            case .nonPositiveHandleTime: "--aht"
            case .nonPositivePatience: "--patience"
            case .shrinkageOutOfRange: "--shrinkage"
            case .serviceLevelPercentOutOfRange, .negativeThreshold, .malformedServiceLevelTarget: "--target"
            case .nonPositiveAnswerTimeTarget: "--asa"
            case .occupancyCapOutOfRange: "--max-occupancy"
            case .abandonmentCapOutOfRange: "--max-abandonment"
            case .concurrencyBelowOne: "--concurrency"
            case .openHoursPerDayOutOfRange: "--open-hours"
            case .openDaysPerWeekOutOfRange: "--open-days"
            case .nonPositiveAgentLimit, .targetUnreachable: nil
            }
        }
    }
}
