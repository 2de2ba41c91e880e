import CallboardDomain
import CallboardReports
import CapacityPlanning
import Forecasting
import Foundation
import Testing
@testable import CallboardProjections
@testable import Scorecards

/// Issue 14, item 1: the reports that were printed from tables of their own (`report awards`,
/// `report peak --sites`, `report peak --intervals`) have definitions, and their rows hold a
/// cell of the column's type in every column (null only where the column says so).
@Suite struct DefinitionRowsTests {
    static func conform<D: ReportDefinition>(_ definition: D.Type, _ rows: [[Cell]]) {
        for row in rows {
            #expect(row.count == D.columns.count, "\(D.name): a cell per column")
            for (cell, column) in zip(row, D.columns) {
                if let type = cell.type { #expect(type == column.type, "\(D.name).\(column.name): \(cell)") }
                else { #expect(column.nullable, "\(D.name).\(column.name) is null but not nullable") }
            }
        }
    }

    static func month() throws -> AwardMonth {
        func agent(_ id: AgentID, qa: [Double], contacts: Int) -> AgentMonthFacts {
            AgentMonthFacts(agentID: id, qaScores: qa, csatScores: [5, 4, 5], contactsHandled: contacts,
                            firstContactResolutions: contacts / 2, handleSeconds: contacts * 310, handleTimeTargetSeconds: 300,
                            scheduledSeconds: 576_000, adherentSeconds: 530_000, commendations: 1)
        }
        let facts = [agent("MNL-0001", qa: [92, 95, 90, 91], contacts: 640), agent("MNL-0002", qa: [85], contacts: 20)]
        let standings = try AwardStandings(site: "MNL", month: "2026-11", facts: facts)
        return AwardMonth(siteID: "MNL", timeZone: "Asia/Manila", month: "2026-11", configurationSource: .standard, facts: facts,
                          standings: standings, award: nil, laterData: [])
    }

    @Test func awardStandingsNameAgentsByIdAndLeaveTheRankOfTheIneligibleEmpty() throws {
        let month = try Self.month()
        let rows = AwardStandingsDefinition.rows(month, RowContext())
        Self.conform(AwardStandingsDefinition.self, rows)
        #expect(AwardStandingsDefinition.columnNames.prefix(3) == ["rank", "agent_id", "score"])
        #expect(AwardStandingsDefinition.columnNames.contains("qa_pts") && AwardStandingsDefinition.columnNames.contains("comm_raw"))
        let ineligible = try #require(rows.first { $0[1] == .text("MNL-0002") })
        #expect(ineligible[0] == .null && ineligible[3] == .boolean(false))
        guard case .list(let reasons) = ineligible[4] else { Issue.record("reasons is a list"); return }
        #expect(!reasons.isEmpty)
    }

    @Test func awardComponentsGiveEveryAgentARowPerMetricWithTheSiteMean() throws {
        let month = try Self.month()
        let rows = AwardComponentsDefinition.rows(month, RowContext())
        Self.conform(AwardComponentsDefinition.self, rows)
        #expect(rows.count == 2 * ScorecardMetric.allCases.count)
        let qa = try #require(rows.first { $0[0] == .text("MNL-0001") && $0[1] == .text("qa") })
        #expect(qa[2] == .decimal(92) && qa[3] == .decimal(4))
        #expect(qa[5] != .null, "the site mean the figure is shrunk toward")
    }

    @Test func peakIntervalsTellAFallBackNightsTwoHalfPastOnesApart() throws {
        let first = Date(timeIntervalSince1970: 1_793_511_000)   // 2026-11-01T05:30:00Z, 01:30 EDT
        let output: PeakIntervalsReport.Output = (revision: 2, timeZone: "America/New_York", rows: [
            PeakIntervalsReport.Row(start: first, p50: 12.34, p90: 15.06, scheduledAgents: 4),
            PeakIntervalsReport.Row(start: first.addingTimeInterval(3600), p50: 8, p90: 10, scheduledAgents: 3),
        ])
        let rows = PeakIntervalsDefinition.rows(output, RowContext())
        Self.conform(PeakIntervalsDefinition.self, rows)
        #expect(rows.map { $0[1] } == [.date("2026-11-01"), .date("2026-11-01")])
        #expect(rows.map { $0[2] } == [.text("Sun"), .text("Sun")])
        #expect(rows.map { $0[3] } == [.text("01:30 -4"), .text("01:30 -5")])
        #expect(rows[0][4] == .decimal(12.3) && rows[0][5] == .decimal(15.1) && rows[0][6] == .integer(4))
        let india = PeakIntervalsDefinition.rows((revision: 1, timeZone: "Asia/Kolkata", rows: [
            PeakIntervalsReport.Row(start: first, p50: 1, p90: 2, scheduledAgents: 1),
        ]), RowContext())
        #expect(india[0][3] == .text("11:00 +5:30"))
    }

    @Test func peakSitesCarryTheSeatCheckAndNullSeatsWhereUnknown() throws {
        let plan = try SeasonPlan(queues: [], workforce: [], days: ["2026-11-27"], today: "2026-11-26")
        let days = [
            SiteDay(siteID: "MNL", day: "2026-11-27", agents: 74, capacity: 74, demand: 80.26, allocated: 70, seats: 60, seatsNeeded: 66),
            SiteDay(siteID: "SCZ", day: "2026-11-27", agents: 20, capacity: 22.5, demand: 10, allocated: 10, seats: nil, seatsNeeded: 8),
        ]
        let outlook = PeakOutlook(season: try PeakSeason.named("black-friday-2026"), today: "2026-11-26", rows: [],
                                  siteDays: days, plan: [], overtime: .standard,
                                  series: CapacitySeries(plan: plan, queueIDs: [], actuals: [:]), modelVersions: ["m"])
        let rows = PeakSitesDefinition.rows(outlook, RowContext())
        Self.conform(PeakSitesDefinition.self, rows)
        #expect(PeakSitesDefinition.columnNames.first == "site_id")
        #expect(rows[0][2] == .text("Fri") && rows[0][5] == .decimal(80.3) && rows[0][7] == .decimal(10.3))
        #expect(rows[0][9] == .integer(60) && rows[0][11] == .integer(6))
        #expect(rows[1][9] == .null && rows[1][11] == .null && rows[1][8] == .decimal(12.5))
    }
}
