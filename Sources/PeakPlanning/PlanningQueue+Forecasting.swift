import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting
import Foundation

extension PlanningQueue {
    /// The history as the forecaster takes it, on the queue's market clock.
    func queueHistory() throws -> QueueHistory {
        guard let start = historyStart, let length = IntervalLength(rawValue: intervalMinutes) else {
            throw ForecastInputError.emptyHistory
        }
        return try QueueHistory(offered: IntervalSeries(start: start, length: length, offered: offered, missing: missing),
                                market: Market(market?.rawValue ?? ""), timeZoneIdentifier: timeZone.rawValue, known: known)
    }

    /// The groups whose peak uplifts this queue's are pooled with (``PeakUpliftPrior``).
    var priorKeys: [String] { ["account:\(accountID.rawValue)", "channel:\(channel.rawValue)"] }

    /// The groups whose public-holiday effects this queue's are pooled with, most specific
    /// first: the account's queues in the same market (a holiday's name and habits belong to
    /// a market), then the account, then the channel.
    var holidayPriorKeys: [String] {
        ["account:\(accountID.rawValue)|market:\(market?.rawValue ?? "")"] + priorKeys
    }

    /// The queue as a member of the pools (``PeakUpliftPrior``); nil without a history.
    var poolMember: PeakUpliftPrior.Member? {
        (try? queueHistory()).map {
            PeakUpliftPrior.Member(id: queueID.rawValue, keys: holidayPriorKeys, history: $0)
        }
    }

    /// How the queue's channel and SLA turn contacts into agents, with its measured handle time
    /// (or `averageHandleSeconds` when it has none: the siblings' median).
    func staffingProfile(averageHandleSeconds borrowed: Double? = nil) throws -> StaffingProfile {
        guard let aht = averageHandleSeconds ?? borrowed else { throw SkipReason.noHandleTime }
        switch sla {
        case let .answered(percent, seconds, _)?:
            let concurrency = channel == .chat ? StaffingProfile.defaultChatConcurrency : 1
            return try StaffingProfile(model: .queued(percent: percent, thresholdSeconds: Double(seconds), concurrency: concurrency),
                                       averageHandleSeconds: aht)
        case let .firstResponse(hours, _, _)?:
            return try StaffingProfile(model: .deferred(responseHours: Double(hours)), averageHandleSeconds: aht)
        case nil:
            throw SkipReason.noServiceLevel
        }
    }

    var supplyQueue: SupplyQueue {
        SupplyQueue(queueID: queueID.rawValue, language: language.rawValue, timeZoneIdentifier: timeZone.rawValue)
    }
}

/// Why a queue got no forecast in a run (the run goes on with the others, and reports it).
enum SkipReason: Error, CustomStringConvertible {
    case noHandleTime
    case noServiceLevel
    case historyPastSeason

    var description: String {
        switch self {
        case .noHandleTime:
            "no handled contacts in the last eight weeks to learn the handle time from, "
                + "and no queue of the account in the same channel to borrow it from"
        case .noServiceLevel: "the queue has no SLA"
        case .historyPastSeason: "the history already reaches past the season's end"
        }
    }
}
