import ArgumentParser
import Foundation
import StaffingMath

/// What `staffing erlang` prints: one requirement as a table or JSON.
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
                    + " (mean patience \(DurationArgument.text(patience)))"))
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
                    + " h per \(DurationArgument.text(responseWindow)) window"),
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
