import ArgumentParser
import Foundation
import StaffingMath

/// `callboard staffing`: the staffing maths, for a scheduler at a terminal.
///
/// A thin edge over `StaffingMath`: it reads options, calls the library and prints a
/// table or JSON. All the maths, and all the range checks, live in the library.
struct StaffingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Staffing maths for schedulers",
        subcommands: [Erlang.self]
    )
}

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

        @Option(help: "Contacts offered in the interval (for email: to answer within the window).")
        var contacts: Double

        @Option(help: "Interval length, e.g. 30m (for email: the response window, e.g. 24h).",
                transform: DurationArgument.seconds)
        var interval: Double

        @Option(help: "Average handle time, e.g. 180s.", transform: DurationArgument.seconds)
        var aht: Double

        @Option(help: "Service-level target percent/seconds, e.g. 80/20 (voice and chat).")
        var target: String?

        @Option(help: "Shrinkage, a fraction in [0, 1), e.g. 0.3.")
        var shrinkage: Double = 0

        @Option(help: "Occupancy cap, a fraction in (0, 1], e.g. 0.85.")
        var maxOccupancy: Double?

        @Option(help: "Mean caller patience, e.g. 120s: switches to Erlang A.", transform: DurationArgument.seconds)
        var patience: Double?

        @Option(help: "Average speed of answer target, e.g. 30s.", transform: DurationArgument.seconds)
        var asa: Double?

        @Option(help: "Abandonment cap with --patience, a fraction in (0, 1], e.g. 0.05.")
        var maxAbandonment: Double?

        @Option(help: "With --patience: count only answered contacts (answered) or everyone who waited at most the threshold, abandoned included (waited).")
        var serviceLevelBasis: BasisArgument = .answered

        @Option(help: "voice, chat or email.")
        var channel: Channel = .voice

        @Option(help: "Chats one agent handles at once (chat only).")
        var concurrency: Int = 1

        @Option(help: "Email: open hours per day (business-hours clock).")
        var openHours: Double?

        @Option(help: "Email: open days per week (business-hours clock).")
        var openDays: Double?

        @Option(help: "table or json.")
        var format: OutputFormat = .table

        func validate() throws {
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
                print(channel == .email ? try deferredWorkReport() : try queueReport())
            } catch let error as StaffingInputError {
                let message = Self.option(for: error).map { "\($0): \(error.description)" }
                    ?? "target unreachable: \(error.description)"
                FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
                throw ExitCode.validationFailure
            }
        }

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

// MARK: - Arguments

extension StaffingCommand {
    enum Channel: String, ExpressibleByArgument, CaseIterable, Encodable {
        case voice, chat, email
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    enum BasisArgument: String, ExpressibleByArgument, CaseIterable, Encodable {
        case answered, waited
    }

    /// Durations as schedulers type them: `30m`, `180s`, `1h`, `24h`, `1h30m`, `2d`, or seconds.
    enum DurationArgument {
        static let unitSeconds: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]

        static func seconds(_ text: String) throws -> Double {
            let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
            if let plain = Double(trimmed), plain.isFinite { return plain }
            var total = 0.0
            var number = ""
            for character in trimmed {
                if character.isNumber || character == "." {
                    number.append(character)
                } else if let unit = unitSeconds[character], let value = Double(number) {
                    total += value * unit
                    number = ""
                } else {
                    throw ValidationError("expected a duration such as 30m, 180s, 1h, 1h30m or plain seconds")
                }
            }
            guard number.isEmpty, !trimmed.isEmpty else {
                throw ValidationError("expected a duration such as 30m, 180s, 1h, 1h30m or plain seconds")
            }
            return total
        }

        /// `1800` -> `30m`, `180` -> `180s`, `5400` -> `1h30m`.
        static func text(_ seconds: Double) -> String {
            guard seconds == seconds.rounded(), seconds >= 60, seconds < 1e12 else {
                return "\(StaffingCommand.number(seconds, decimals: seconds == seconds.rounded() ? 0 : 1))s"
            }
            var rest = Int(seconds)
            var parts = ""
            for (unit, size) in [("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
                parts += "\(rest / size)\(unit)"
                rest %= size
            }
            return parts
        }
    }

    static func number(_ value: Double, decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "unbounded"
    }

    static func percent(_ fraction: Double) -> String { number(fraction * 100, decimals: 1) + "%" }

    static func rows(_ title: String, _ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return ([title] + rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 })
            .joined(separator: "\n")
    }
}

// MARK: - Reports

extension StaffingCommand {
    struct QueueReport: Encodable {
        let channel: Channel
        let patience: Double?
        let basis: BasisArgument?
        let concurrency: Int
        let goal: StaffingGoal
        let requirement: StaffingRequirement

        var model: String { patience == nil ? "erlang_c" : "erlang_a" }

        var table: String {
            let r = requirement
            let target = goal.serviceLevel
            var rows: [(String, String)] = [
                ("Traffic", StaffingCommand.number(r.trafficIntensity, decimals: 2)
                    + (channel == .chat ? " Erlangs (chats open at once)" : " Erlangs")),
                ("Agents", channel == .chat
                    ? "\(r.agents) (\(concurrency) chats each, \(r.agents * concurrency) slots)" : "\(r.agents)"),
                ("Service level", "\(StaffingCommand.percent(r.serviceLevel)) within "
                    + "\(StaffingCommand.number(target.thresholdSeconds, decimals: 0)) s (target \(target))"),
                ("ASA", StaffingCommand.number(r.averageSpeedOfAnswer, decimals: 1) + " s"),
                ("Occupancy", StaffingCommand.percent(r.occupancy)),
                ("Probability of waiting", StaffingCommand.percent(r.probabilityOfWaiting)),
            ]
            if let abandonment = r.probabilityOfAbandonment, let patience {
                rows.append(("Abandonment", StaffingCommand.percent(abandonment)
                    + " (mean patience \(StaffingCommand.DurationArgument.text(patience)))"))
            }
            rows.append(("Scheduled", "\(r.scheduledAgents) at \(StaffingCommand.percent(r.shrinkage.fraction)) shrinkage"))
            let name = patience == nil ? "Erlang C" : "Erlang A, \(basis?.rawValue ?? "answered") basis"
            return StaffingCommand.rows("Staffing for \(channel.rawValue) (\(name))", rows)
        }

        enum Key: String, CodingKey {
            case agents, channel, concurrency, model, occupancy, shrinkage
            case asaSeconds = "asa_seconds"
            case maxAbandonment = "max_abandonment"
            case maxAsaSeconds = "max_asa_seconds"
            case maxOccupancy = "max_occupancy"
            case patienceSeconds = "patience_seconds"
            case probabilityOfAbandonment = "probability_of_abandonment"
            case probabilityOfWaiting = "probability_of_waiting"
            case scheduledAgents = "scheduled_agents"
            case serviceLevel = "service_level"
            case serviceLevelBasis = "service_level_basis"
            case targetPercent = "target_percent"
            case thresholdSeconds = "threshold_seconds"
            case trafficErlangs = "traffic_erlangs"
        }

        /// Every key is always present (null when it does not apply), so the shape is stable.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            let r = requirement
            try c.encode(r.agents, forKey: .agents)
            try c.encode(channel, forKey: .channel)
            try c.encode(concurrency, forKey: .concurrency)
            try c.encode(model, forKey: .model)
            try c.encode(r.occupancy, forKey: .occupancy)
            try c.encode(r.shrinkage.fraction, forKey: .shrinkage)
            try c.encode(r.averageSpeedOfAnswer.isFinite ? r.averageSpeedOfAnswer : nil, forKey: .asaSeconds)
            try c.encode(goal.maxAbandonment, forKey: .maxAbandonment)
            try c.encode(goal.maxAverageSpeedOfAnswer, forKey: .maxAsaSeconds)
            try c.encode(goal.maxOccupancy, forKey: .maxOccupancy)
            try c.encode(patience, forKey: .patienceSeconds)
            try c.encode(r.probabilityOfAbandonment, forKey: .probabilityOfAbandonment)
            try c.encode(r.probabilityOfWaiting, forKey: .probabilityOfWaiting)
            try c.encode(r.scheduledAgents, forKey: .scheduledAgents)
            try c.encode(r.serviceLevel, forKey: .serviceLevel)
            try c.encode(basis, forKey: .serviceLevelBasis)
            try c.encode(goal.serviceLevel.percent, forKey: .targetPercent)
            try c.encode(goal.serviceLevel.thresholdSeconds, forKey: .thresholdSeconds)
            try c.encode(r.trafficIntensity, forKey: .trafficErlangs)
        }
    }

    struct DeferredWorkReport: Encodable {
        let contacts: Double
        let responseWindow: Double
        let clock: OpeningHours
        let requirement: DeferredWorkRequirement

        var table: String {
            let r = requirement
            let clockText = clock == .twentyFourSeven ? "24/7"
                : "\(StaffingCommand.number(clock.hoursPerDay, decimals: 1)) h/day, "
                    + "\(StaffingCommand.number(clock.daysPerWeek, decimals: 1)) days/week"
            return StaffingCommand.rows("Staffing for email (deferred work, \(clockText))", [
                ("Workload", StaffingCommand.number(r.workloadSeconds / 3600, decimals: 1)
                    + " h per \(StaffingCommand.DurationArgument.text(responseWindow)) window"),
                ("Open time in window", StaffingCommand.number(r.openSecondsInWindow / 3600, decimals: 1) + " h"),
                ("Agents while open", "\(r.agents) (\(StaffingCommand.number(r.agentsWhileOpen, decimals: 2)) exact)"),
                ("Scheduled", "\(r.scheduledAgents) at \(StaffingCommand.percent(r.shrinkage.fraction)) shrinkage"),
            ])
        }

        enum Key: String, CodingKey {
            case agents, channel, contacts, model, shrinkage
            case agentsWhileOpen = "agents_while_open"
            case openDaysPerWeek = "open_days_per_week"
            case openHoursInWindow = "open_hours_in_window"
            case openHoursPerDay = "open_hours_per_day"
            case responseWindowSeconds = "response_window_seconds"
            case scheduledAgents = "scheduled_agents"
            case workloadHours = "workload_hours"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            let r = requirement
            try c.encode(r.agents, forKey: .agents)
            try c.encode(Channel.email, forKey: .channel)
            try c.encode(contacts, forKey: .contacts)
            try c.encode("deferred_work", forKey: .model)
            try c.encode(r.shrinkage.fraction, forKey: .shrinkage)
            try c.encode(r.agentsWhileOpen, forKey: .agentsWhileOpen)
            try c.encode(clock.daysPerWeek, forKey: .openDaysPerWeek)
            try c.encode(r.openSecondsInWindow / 3600, forKey: .openHoursInWindow)
            try c.encode(clock.hoursPerDay, forKey: .openHoursPerDay)
            try c.encode(responseWindow, forKey: .responseWindowSeconds)
            try c.encode(r.scheduledAgents, forKey: .scheduledAgents)
            try c.encode(r.workloadSeconds / 3600, forKey: .workloadHours)
        }
    }
}
