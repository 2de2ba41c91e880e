import Forecasting

extension PeakChart {
    static let width = 1100.0
    static let margin = (left: 74.0, right: 40.0, top: 14.0, bottom: 14.0)

    /// Every day from the first to the last day of any series, consecutive (the shared date axis).
    public var axisDays: [LocalDate] {
        let all = ([total] + panels).flatMap(\.days).map(\.day)
        guard let first = all.min(), let last = all.max() else { return [] }
        return Array(first...last)
    }

    /// The chart as an SVG document: a title naming the season, the scope and the queues
    /// (and any left out), the plot or one small plot per queue, axis titles with units, and
    /// a legend of the marks drawn.
    public func svg(layout: Layout = .combined) -> String {
        let days = axisDays
        let header = PeakChartHeader(chart: self, layout: layout, days: days)
        var doc = SVGDocument(width: Self.width, height: 0)
        doc.background = "#ffffff"
        var y = header.draw(into: &doc)
        let plots: [PeakPlot]
        switch layout {
        case .combined: plots = [combinedPlot(top: y + 18, days: days)]
        case .panels: plots = panelPlots(top: y + 8, days: days)
        }
        for plot in plots {
            doc.group(["class": layout == .panels ? "panel" : "plot", "data-series": plot.series.name]) { doc in
                if layout == .panels { Self.drawPanelTitle(plot, into: &doc) }
                plot.draw(into: &doc)
            }
        }
        if plots.isEmpty || days.isEmpty {
            doc.text("Nothing to draw: no published forecast in this scope.",
                     ["x": SVGDocument.number(Self.margin.left), "y": SVGDocument.number(y + 40), "font-size": "13", "fill": "#b00020"])
            y += 60
        }
        let plotsBottom = plots.map { $0.bottom + ($0.datesLabelled ? 10 + 2 * $0.fontSize : 0) }.max() ?? y
        y = drawAxisTitles(plots: plots, below: plotsBottom, into: &doc)
        y = ChartLegend(marks: legendMarks(days: days)).draw(into: &doc, top: y + 10, left: Self.margin.left,
                                                              width: Self.width - Self.margin.left - Self.margin.right)
        doc.height = y + Self.margin.bottom
        return doc.rendered(title: header.title)
    }

    private func combinedPlot(top: Double, days: [LocalDate]) -> PeakPlot {
        PeakPlot(left: Self.margin.left, top: top, width: Self.width - Self.margin.left - Self.margin.right, height: 340,
                 days: days, series: total, today: today, datesLabelled: true, fontSize: 11, overhang: (Self.margin.left - 10, Self.margin.right - 2))
    }

    /// The small multiples: up to three columns, each panel on its own agents scale, dates
    /// printed under the last panel of each column.
    private func panelPlots(top: Double, days: [LocalDate]) -> [PeakPlot] {
        let columns = panels.count <= 1 ? 1 : panels.count <= 4 ? 2 : 3
        let gutter = 72.0, titleHeight = 30.0, plotHeight = 140.0, datesHeight = 34.0
        let columnWidth = (Self.width - Self.margin.left - Self.margin.right - gutter * Double(columns - 1)) / Double(columns)
        let rowHeight = titleHeight + plotHeight + datesHeight
        return panels.enumerated().map { index, series in
            let (row, column) = index.quotientAndRemainder(dividingBy: columns)
            return PeakPlot(left: Self.margin.left + Double(column) * (columnWidth + gutter), top: top + Double(row) * rowHeight + titleHeight,
                            width: columnWidth, height: plotHeight, days: days, series: series, today: today,
                            datesLabelled: index + columns >= panels.count, fontSize: 10,
                            overhang: (column == 0 ? Self.margin.left - 10 : gutter / 2 - 4,
                                       column == columns - 1 ? Self.margin.right - 2 : gutter / 2 - 4))
        }
    }

    /// A panel's queue, above its plot, in as many lines as its name needs (never cut).
    private static func drawPanelTitle(_ plot: PeakPlot, into doc: inout SVGDocument) {
        let lines = TextMeasure.lines(plot.series.name, width: plot.width, fontSize: 11)
        for (offset, line) in lines.suffix(2).enumerated() {
            doc.text(line, ["x": SVGDocument.number(plot.left), "y": SVGDocument.number(plot.top - 8 - Double(min(lines.count, 2) - 1 - offset) * 13),
                            "font-size": "11", "font-weight": "bold", "class": "panel-title"])
        }
    }

    /// "agents (FTE)" up the left, "local date" under the dates; returns the bottom.
    private func drawAxisTitles(plots: [PeakPlot], below bottom: Double, into doc: inout SVGDocument) -> Double {
        let n = SVGDocument.number
        guard let first = plots.first, let last = plots.last else { return bottom }
        let middle = (first.top + last.bottom) / 2
        doc.text("agents (FTE)", ["x": "18", "y": n(middle), "text-anchor": "middle", "font-size": "12",
                                  "transform": "rotate(-90 18 \(n(middle)))", "class": "axis-title"])
        doc.text("local date (each queue's market day)",
                 ["x": n(Self.margin.left + (Self.width - Self.margin.left - Self.margin.right) / 2), "y": n(bottom + 16),
                  "text-anchor": "middle", "font-size": "12", "class": "axis-title"])
        return bottom + 20
    }

    /// The marks the chart actually draws, in legend order.
    private func legendMarks(days: [LocalDate]) -> [ChartMark] {
        let all = ([total] + panels).flatMap(\.days)
        var marks: [ChartMark] = all.contains(where: { $0.requiredP50 != nil }) ? [.requiredBand, .requiredP50] : []
        if all.contains(where: { $0.actualRequired != nil }) { marks.append(.actualRequired) }
        if all.contains(where: { $0.suppliedToday != nil }) { marks.append(.suppliedToday) }
        if all.contains(where: { $0.plannedSupply != nil }) { marks.append(.plannedSupply) }
        if let today, days.contains(today) { marks.append(.today) }
        return marks
    }
}
