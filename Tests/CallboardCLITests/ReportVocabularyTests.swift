import CallboardDomain
import CallboardReports
import Foundation
import Testing
@testable import CallboardCLI
@testable import CallboardProjections

/// Issue 14, items 1 and 2, on the CLI's side: reports and listings print through the one cell
/// type and CSV writer the API uses, with the API's names (the API's side is checked live
/// against the same definitions in `DocumentedColumnsTests`).
@Suite struct ReportVocabularyTests {
    /// A queue at 94.99% against an 95% target: not met.
    static func report() throws -> ServiceLevelReport {
        let figures = ContactIntervalFigures(offered: 10_000, handled: 9_990, abandoned: 10, shortAbandoned: 0,
                                             answeredWithinThreshold: 9_499, handleSeconds: 2_997_000)
        let sla = ServiceLevelAgreement.answered(percent: 95, withinSeconds: 20, shortAbandonSeconds: 5)
        let row = ServiceLevelRow(
            queueID: "tabula-voice-en", channel: .voice, period: .day(LocalDate(year: 2026, month: 11, day: 3)!), sla: sla,
            slaEffectiveFrom: Date(timeIntervalSince1970: 1_793_491_200), figures: figures,
            attainment: ServiceLevelAttainment(figures, against: sla))
        return ServiceLevelReport(accountID: "tabula", month: try #require(LocalMonth(parsing: "2026-11")), timeZone: nil, rows: [row])
    }

    @Test func slaJSONUsesTheAPIsNamesBooleansFractionsAndInstantsWithOffset() throws {
        let table = OutputTable(ServiceLevelDefinition.table(try Self.report()))
        let json = OutputFormat.json.render(table)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let row = try #require(rows.first)
        #expect(Set(row.keys) == Set(ServiceLevelDefinition.columnNames))
        #expect(table.columns == ServiceLevelDefinition.columnNames, "the CLI's columns are the API's /sla/daily columns")
        #expect(json.contains(#""sla_met":false"#) && !json.contains("\"no\"") && !json.contains("\"yes\""))
        #expect(json.contains(#""service_level":0.9499"#) && json.contains(#""sla_target":0.95"#))
        #expect(json.contains(#""sla_effective_from":"2026-11-01T00:00:00+00:00""#))
        #expect(!table.columns.contains("sl_pct") && !table.columns.contains("met"))
    }

    @Test func theTerminalNeverShowsAServiceLevelThatContradictsSLAMet() throws {
        let text = OutputFormat.table.render(OutputTable(ServiceLevelDefinition.table(try Self.report()))
            .only(["queue_id", "service_level", "sla_target", "sla_met"]))
        #expect(text.contains("94.9%") && text.contains("95.0%") && text.contains("false"))
    }

    @Test func listingCSVDefusesFormulasAndEndsWithOneLineBreak() {
        let table = OutputTable(columns: ["agent_id", "name"], rows: [[.text("MNL-0001"), .text("=HYPERLINK(\"http://evil\",\"x\")")],
                                                                        [.text("MNL-0002"), .text("+63 917")]])
        let csv = OutputFormat.csv.document(table)
        #expect(csv == "agent_id,name\nMNL-0001,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\nMNL-0002,'+63 917\n")
        for format in OutputFormat.allCases {
            let text = format.document(table)
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n") && !text.contains("\r"), "\(format)")
        }
    }
}
