import CapacityPlanning
import Forecasting
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 13, item 5: the peak chart a scheduler prints: the P50-P90 band, actuals for past
/// days, supply today and planned, a today line where today is, axis titles with units,
/// weekday and date labels, a legend, the scope and queues (and those left out) in the title,
/// one panel per queue on request; text escaped.
@Suite("The peak chart")
struct PeakChartTests {
    static let season = PeakSeason(id: "black-friday-2026", firstDay: "2026-11-23", lastDay: "2027-01-03")
    static let today: LocalDate = "2026-12-07"

    /// A queue's six weeks: required rising to Cyber Monday, reported actuals before today, supply
    /// flat at `supply`, a cohort of 4 landing on 2026-12-14.
    static func series(_ name: String, base: Double, supply: Double) -> PeakChart.Series {
        let days = season.days.enumerated().map { index, day in
            let p50 = base * (index == 7 ? 1.8 : day.weekdayIndex >= 5 ? 0.7 : 1)
            return PeakChart.Day(day: day, requiredP50: p50, requiredP90: p50 * 1.25,
                                 actualRequired: day < today ? p50 * 1.05 : nil, suppliedToday: supply,
                                 plannedSupply: day < today ? nil : supply + (day >= "2026-12-14" ? 4 : 0))
        }
        return PeakChart.Series(name: name, days: days)
    }

    static let chart = PeakChart(
        season: season.id, scope: "account <Tabula & Co> \"EU\"",
        panels: [series("tab-chat-de-de", base: 12, supply: 10), series("tab <voice> & 'US'", base: 40, supply: 45),
                 series("tab-email-de-de", base: 5, supply: 6)],
        leftOut: [PeakChart.LeftOut(queue: "tab-chat-fr-be", reason: "not forecast"),
                  PeakChart.LeftOut(queue: "tab-voice-en-gb", reason: "not forecast")],
        today: today)

    @Test func theCombinedChartDrawsTheBandActualsSupplyAndToday() throws {
        let svg = try #require(ParsedSVG(Self.chart.svg()))
        #expect(svg.elements(classed: "required-band").count == 1, "one band over the season")
        let p50 = try #require(svg.elements(classed: "required-p50").first)
        #expect(p50.points.count == 42)
        // Actuals on the 14 days before today only; planned supply from today on.
        let actual = try #require(svg.elements(classed: "actual-required").first)
        #expect(actual.points.count == 14)
        #expect(svg.elements(classed: "actual-required-point").count == 14)
        #expect(try #require(svg.elements(classed: "supply-planned").first).points.count == 28)
        #expect(try #require(svg.elements(classed: "supply-today").first).points.count == 42)
        // Today (index 14 of 42) at the centre of its slot: 74 + 14.5 x 986 / 42 = 414.4.
        let today = try #require(svg.elements(classed: "today").first)
        #expect(abs((Double(today.attributes["x1"] ?? "") ?? 0) - 414.4) < 0.11)
        #expect(today.attributes["x1"] == today.attributes["x2"])
        // The last actual point sits on the day before today, the first planned point on today.
        #expect(abs(actual.points.last!.x - (74 + 13.5 * 986 / 42)) < 0.11)
        #expect(abs(try #require(svg.elements(classed: "supply-planned").first).points.first!.x - 414.4) < 0.11)
        // The band's top is the summed P90, above the P50 line: smaller y is higher.
        let band = try #require(svg.elements(classed: "required-band").first)
        #expect(band.attributes["d"]?.hasPrefix("M") == true)
        #expect(svg.texts(classed: "axis-title") == ["agents (FTE)", "local date (each queue's market day)"])
    }

    @Test func theLegendNamesEveryMarkWithASwatch() throws {
        let svg = try #require(ParsedSVG(Self.chart.svg()))
        #expect(svg.groups(classed: "legend-entry").map { $0.attributes["data-mark"] ?? "" }
            == ["required-band", "required-p50", "actual-required", "supply-today", "supply-planned", "today"])
        #expect(svg.groups(classed: "legend-entry").allSatisfy { $0.childClasses.contains("swatch") && !$0.text.isEmpty })
        // Without actuals or a plan, the legend does not promise them.
        let future = PeakChart(season: "s", scope: "site MNL", panels: [PeakChart.Series(name: "q", days: [
            PeakChart.Day(day: "2026-12-08", requiredP50: 3, requiredP90: 4), PeakChart.Day(day: "2026-12-09", requiredP50: 5, requiredP90: 6),
        ])], today: "2026-12-01")
        let parsed = try #require(ParsedSVG(future.svg()))
        #expect(parsed.groups(classed: "legend-entry").map { $0.attributes["data-mark"] ?? "" } == ["required-band", "required-p50"])
        #expect(parsed.elements(classed: "today").isEmpty)
        #expect(parsed.texts(classed: "today-note") == ["Today, Tue 1 Dec 2026, is before the season starts: no actuals yet."])
    }

    @Test func theTitleNamesScopeQueuesAndTheQueuesLeftOutWithTextEscaped() throws {
        let text = Self.chart.svg()
        let svg = try #require(ParsedSVG(text), "well-formed XML")
        #expect(svg.title == "black-friday-2026: agents required and supplied per day, account <Tabula & Co> \"EU\", as of Mon 7 Dec 2026")
        #expect(svg.texts(classed: "queues").joined(separator: " ")
            == "3 queues shown: tab-chat-de-de, tab <voice> & 'US', tab-email-de-de")
        #expect(svg.texts(classed: "left-out").joined(separator: " ") == "2 queues not shown: tab-chat-fr-be, tab-voice-en-gb (not forecast)")
        #expect(!text.contains("<voice>") && text.contains("&lt;voice&gt; &amp; &apos;US&apos;"))
    }

    @Test func panelsDrawOneQueueEachOnASharedDateAxis() throws {
        let svg = try #require(ParsedSVG(Self.chart.svg(layout: .panels)))
        let panels = svg.groups(classed: "panel")
        #expect(panels.map { $0.attributes["data-series"] ?? "" } == ["tab-chat-de-de", "tab <voice> & 'US'", "tab-email-de-de"])
        #expect(svg.texts(classed: "panel-title") == ["tab-chat-de-de", "tab <voice> & 'US'", "tab-email-de-de"])
        #expect(svg.elements(classed: "required-band").count == 3)
        // Three panels in two columns: each has its today line; dates under the last panel of each column.
        let todays = svg.elements(classed: "today").compactMap { Double($0.attributes["x1"] ?? "") }
        #expect(todays.count == 3)
        #expect(svg.groups(classed: "date-label").count >= 2 * 6)
        #expect(svg.texts(classed: "queues").joined(separator: " ").contains("one panel each, on its own scale"))
    }

    @Test func anEmptyChartSaysThereIsNothingToDraw() throws {
        let empty = PeakChart(season: "black-friday-2026", scope: "site SEL", panels: [],
                              leftOut: [PeakChart.LeftOut(queue: "verdant-chat-ko-kr", reason: "not forecast")], today: Self.today)
        let svg = try #require(ParsedSVG(empty.svg()))
        #expect(svg.elements(classed: "required-band").isEmpty && svg.groups(classed: "legend-entry").isEmpty)
        #expect(svg.texts(classed: "left-out") == ["1 queue not shown: verdant-chat-ko-kr (not forecast)"])
        #expect(ParsedSVG(empty.svg(layout: .panels)) != nil)
    }

    @Test func totalsAddThePanelsAndKeepMissingFiguresMissing() {
        let a = PeakChart.Series(name: "a", days: [PeakChart.Day(day: "2026-12-01", requiredP50: 2, requiredP90: 3, actualRequired: 2.5, suppliedToday: 4)])
        let b = PeakChart.Series(name: "b", days: [PeakChart.Day(day: "2026-12-01", requiredP50: 5, requiredP90: 4, suppliedToday: 1),
                                                   PeakChart.Day(day: "2026-12-02", requiredP50: nil, requiredP90: nil)])
        let chart = PeakChart(season: "s", scope: "x", panels: [a, b], today: nil)
        #expect(chart.total.days == [
            PeakChart.Day(day: "2026-12-01", requiredP50: 7, requiredP90: 8, actualRequired: 2.5, suppliedToday: 5),
            PeakChart.Day(day: "2026-12-02", requiredP50: nil, requiredP90: nil),
        ])
        #expect(b.days[0].requiredP90 == 5, "P90 is never drawn under P50")
    }
}
