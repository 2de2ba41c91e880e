import CallboardDomain
import Foundation
import Scorecards

/// Turns a site-month's stored facts into one `AgentMonthFacts` per agent: sums over the
/// queues worked, each agent's handle time target from the channels of their contacts, and
/// the eligibility facts (live all month by the status history, certified all month on the
/// programs the queues worked require, a disciplinary case open during the month).
struct MonthFactsAssembly {
    let rows: AwardMonthRows
    let rules: AwardRules
    let month: LocalMonth
    let zone: TimeZone
    let configuration: ScorecardConfiguration

    var facts: [AgentMonthFacts] {
        let work = Dictionary(grouping: rows.work, by: \.agentID)
        let span = month.instants(in: zone)
        return rows.agents.map { agent in
            let queues = work[agent] ?? []
            func total(_ figure: (AwardMonthRows.Work) -> Int) -> Int { queues.reduce(0) { $0 + figure($1) } }
            // Imports refuse figures for unknown queues, so every queue worked has a channel.
            let mix = Dictionary(queues.map { (rules.queues[$0.queueID]?.channel ?? .voice, $0.contacts) }, uniquingKeysWith: +)
            let flagged = (rows.cases[agent] ?? []).contains {
                DisciplinaryCaseOpened.wasOpen(openedOn: $0.openedOn, closedOn: $0.closedOn, from: month.firstDay,
                                               through: month.lastDay)
            }
            return AgentMonthFacts(
                agentID: agent, qaScores: rows.qa[agent] ?? [], csatScores: rows.csat[agent] ?? [],
                contactsHandled: total(\.contacts), firstContactResolutions: total(\.resolutions),
                handleSeconds: total(\.handleSeconds), handleTimeTargetSeconds: configuration.handleTime.seconds(forContacts: mix),
                scheduledSeconds: total(\.scheduledSeconds), adherentSeconds: total(\.adherentSeconds),
                commendations: rows.commendations[agent] ?? 0,
                liveWholeMonth: AgentStatusHistory(rows.statuses[agent] ?? []).isLive(from: month.firstDay, through: month.lastDay),
                certifiedWholeMonth: rules.isCertified(agent, on: Set(queues.map(\.queueID)), throughout: span),
                disciplinaryFlag: flagged)
        }
    }
}
