import Forecasting
import Testing
@testable import CapacityPlanning

/// The peak chart's date labels: weekday over date, the year where needed, thinned so that
/// neighbouring labels never overlap at any plot width.
@Suite("The chart's date axis")
struct DateAxisTests {
    @Test func labelsCarryTheWeekdayAndTheYearWhereItIsNew() {
        let days = Array(LocalDate("2026-11-23")...LocalDate("2027-01-03"))
        let axis = DateAxis(days: days, spacing: 986.0 / 42, fontSize: 11)
        #expect(axis.step == 7)
        #expect(axis.labels.map(\.weekday) == ["Mon", "Mon", "Mon", "Mon", "Mon", "Mon", "Sun"])
        #expect(axis.labels.map(\.date) == ["23 Nov 2026", "30 Nov", "7 Dec", "14 Dec", "21 Dec", "28 Dec", "3 Jan 2027"])
        // Wide enough for every day: every day labelled, the year once per year.
        let wide = DateAxis(days: Array(days.prefix(12)), spacing: 90, fontSize: 11)
        #expect(wide.step == 1 && wide.labels.count == 12)
        #expect(wide.labels.filter { $0.date.hasSuffix("2026") }.count == 1)
        #expect(DateAxis.spelled("2026-12-07") == "Mon 7 Dec 2026")
    }

    @Test(arguments: [7, 12, 42, 90, 400])
    func neighbouringLabelsNeverOverlap(dayCount: Int) {
        let days = Array(LocalDate("2026-12-20")...LocalDate("2026-12-20").adding(days: dayCount - 1))
        for width in stride(from: 120.0, through: 1400, by: 37) {
            for fontSize in [9.0, 10, 11, 13] {
                let spacing = width / Double(dayCount)
                let axis = DateAxis(days: days, spacing: spacing, fontSize: fontSize)
                #expect(!axis.labels.isEmpty)
                for (left, right) in zip(axis.labels, axis.labels.dropFirst()) {
                    let apart = Double(right.index - left.index) * spacing
                    let needed = (DateAxis.width(of: left, fontSize: fontSize) + DateAxis.width(of: right, fontSize: fontSize)) / 2
                    #expect(apart >= needed, "\(dayCount) days on \(width) px at \(fontSize) px: \(left.date) and \(right.date) overlap")
                }
                #expect(axis.labels.first.map { $0.date.hasSuffix("2026") } ?? false, "the first label has the year")
            }
        }
    }

    @Test func labelsStayWithinTheirPanelsReach() {
        let days = Array(LocalDate("2026-11-23")...LocalDate("2027-01-03"))
        for width in stride(from: 200.0, through: 700, by: 25) {
            let spacing = width / 42
            let axis = DateAxis(days: days, spacing: spacing, fontSize: 10, overhang: (28, 28))
            #expect(!axis.labels.isEmpty)
            for label in axis.labels {
                let centre = (Double(label.index) + 0.5) * spacing, half = DateAxis.width(of: label, fontSize: 10) / 2
                #expect(centre - half >= -28 && centre + half <= width + 28, "\(label.date) on \(width) px reaches into the next panel")
            }
            #expect(axis.labels.first?.date.hasSuffix("2026") == true, "the first label shown carries the year")
        }
    }

    @Test(arguments: [1, 2, 3, 5, 12])
    func noDateLabelOverlapsAnotherOrLeavesThePage(panels count: Int) throws {
        let panels = (0..<count).map { PeakChartTests.series("q\($0)", base: 10, supply: 8) }
        let chart = PeakChart(season: "black-friday-2026", scope: "account tabula", panels: panels, today: PeakChartTests.today)
        for layout in [PeakChart.Layout.combined, .panels] {
            let svg = try #require(ParsedSVG(chart.svg(layout: layout)))
            let labels = svg.elements.filter { $0.name == "text" && ($0.attributes["text-anchor"] == "middle") && $0.attributes["class"] == nil }
            let rows = Dictionary(grouping: labels, by: { $0.attributes["y"] ?? "" })
            for (_, row) in rows {
                let boxes = row.map { label -> (Double, Double) in
                    let centre = Double(label.attributes["x"] ?? "") ?? 0
                    let half = TextMeasure.width(of: label.text, fontSize: Double(label.attributes["font-size"] ?? "") ?? 11) / 2
                    return (centre - half, centre + half)
                }.sorted { $0.0 < $1.0 }
                #expect(boxes.first.map { $0.0 >= 0 } ?? true && boxes.last.map { $0.1 <= 1100 } ?? true, "\(layout): a label leaves the page")
                for (left, right) in zip(boxes, boxes.dropFirst()) {
                    #expect(left.1 <= right.0, "\(layout), \(count) panels: labels overlap at x \(right.0)")
                }
            }
        }
    }

    @Test func theAgentsAxisEndsOnARoundNumberAboveTheLargestValue() {
        #expect(ValueAxis(highest: 0).ticks == [0, 1])
        #expect(ValueAxis(highest: 7, ticks: 4).ticks == [0, 2, 4, 6, 8])
        #expect(ValueAxis(highest: 243, ticks: 6).ticks == [0, 50, 100, 150, 200, 250])
        #expect(ValueAxis(highest: 1_180, ticks: 5).top == 1_250)
        #expect(ValueAxis.label(1_250) == "1,250")
        #expect(TextMeasure.lines("tab-chat-de-de tab-email-de-de tab-voice-en-gb", width: 100, fontSize: 11).count == 3)
    }
}
