import Forecasting

/// One plot of the peak chart: a series' required band, P50 and actual lines and its two
/// supply lines over the date axis, with weekends shaded, the agents axis, and the "today"
/// line. The combined chart draws one; the small multiples draw one per queue.
///
/// Exists so both layouts place values identically: day `i` of the axis sits at the centre
/// of its slot (``x(_:)``), a value on ``y(_:)``; the tests read positions back the same way.
struct PeakPlot: Sendable {
    /// The plot area in the document, in pixels.
    let left: Double, top: Double, width: Double, height: Double
    /// Every day of the date axis, consecutive.
    let days: [LocalDate]
    let series: PeakChart.Series
    let today: LocalDate?
    let axis: ValueAxis
    /// Whether this plot prints the date labels (the small multiples print them under the bottom row only).
    let datesLabelled: Bool
    let fontSize: Double
    /// How far a date label may reach past the plot's left and right ends (to the page's edge, or
    /// half way to a neighbouring panel).
    let overhang: (left: Double, right: Double)

    init(left: Double, top: Double, width: Double, height: Double, days: [LocalDate], series: PeakChart.Series,
         today: LocalDate?, datesLabelled: Bool, fontSize: Double, overhang: (left: Double, right: Double)) {
        self.overhang = overhang
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        self.days = days
        self.series = series
        self.today = today
        self.datesLabelled = datesLabelled
        self.fontSize = fontSize
        axis = ValueAxis(highest: Self.highest(series), ticks: height > 200 ? 6 : 4)
    }

    /// The largest figure of the series (the axis must hold it).
    static func highest(_ series: PeakChart.Series) -> Double {
        series.days.map { [$0.requiredP90 ?? 0, $0.actualRequired ?? 0, $0.suppliedToday ?? 0, $0.plannedSupply ?? 0].max()! }.max() ?? 0
    }

    var slot: Double { days.isEmpty ? width : width / Double(days.count) }
    var bottom: Double { top + height }
    func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * slot }
    func y(_ value: Double) -> Double { bottom - height * min(max(value, 0), axis.top) / axis.top }

    /// The date labels this plot's width allows.
    var dateAxis: DateAxis { DateAxis(days: days, spacing: slot, fontSize: fontSize, overhang: overhang) }

    func draw(into doc: inout SVGDocument) {
        let n = SVGDocument.number
        guard let first = days.first else { return }
        // Weekends, lightly: peaks and staffing follow the week.
        for index in days.indices where days[index].weekdayIndex >= 5 {
            doc.element("rect", ["x": n(left + Double(index) * slot), "y": n(top), "width": n(slot), "height": n(height),
                                 "fill": "#f0f0f0", "class": "weekend"])
        }
        for tick in axis.ticks {
            doc.element("line", ["x1": n(left), "y1": n(y(tick)), "x2": n(left + width), "y2": n(y(tick)),
                                 "stroke": tick == 0 ? "#444" : "#dddddd", "stroke-width": "1"])
            doc.text(ValueAxis.label(tick), ["x": n(left - 5), "y": n(y(tick) + fontSize * 0.35), "text-anchor": "end",
                                             "font-size": n(fontSize), "fill": "#333"])
        }
        doc.element("line", ["x1": n(left), "y1": n(top), "x2": n(left), "y2": n(bottom), "stroke": "#444", "stroke-width": "1"])
        let byIndex = Dictionary(series.days.map { (first.distance(to: $0.day), $0) }, uniquingKeysWith: { a, _ in a })
        drawBand(byIndex.compactMapValues { day in day.requiredP50.flatMap { low in day.requiredP90.map { (low, $0) } } }, into: &doc)
        drawLine(.requiredP50, byIndex.compactMapValues(\.requiredP50), into: &doc)
        drawLine(.suppliedToday, byIndex.compactMapValues(\.suppliedToday), into: &doc)
        drawLine(.plannedSupply, byIndex.compactMapValues(\.plannedSupply), into: &doc)
        drawLine(.actualRequired, byIndex.compactMapValues(\.actualRequired), markers: true, into: &doc)
        drawDays(into: &doc)
        drawToday(into: &doc)
    }

    /// The P50 to P90 band, one closed path per run of consecutive days.
    private func drawBand(_ band: [Int: (p50: Double, p90: Double)], into doc: inout SVGDocument) {
        let n = SVGDocument.number
        for run in Self.runs(band.keys.sorted()) {
            let upper = run.map { "\(n(x($0))),\(n(y(band[$0]!.p90)))" }
            let lower = run.reversed().map { "\(n(x($0))),\(n(y(band[$0]!.p50)))" }
            let path = run.count == 1
                ? "M\(n(x(run[0]) - slot / 3)),\(n(y(band[run[0]]!.p90))) h\(n(slot * 2 / 3)) V\(n(y(band[run[0]]!.p50))) h\(n(-slot * 2 / 3)) Z"
                : "M" + (upper + lower).joined(separator: " L") + " Z"
            doc.element("path", ["d": path, "fill": ChartMark.requiredBand.colour, "fill-opacity": ChartMark.bandOpacity,
                                 "stroke": "none", "class": ChartMark.requiredBand.rawValue])
        }
    }

    /// A line through the days that have the figure, broken where a day has none.
    private func drawLine(_ mark: ChartMark, _ values: [Int: Double], markers: Bool = false, into doc: inout SVGDocument) {
        let n = SVGDocument.number
        for run in Self.runs(values.keys.sorted()) {
            if run.count > 1 {
                var attributes: [(String, String)] = [
                    ("points", run.map { "\(n(x($0))),\(n(y(values[$0]!)))" }.joined(separator: " ")),
                    ("fill", "none"), ("stroke", mark.colour), ("stroke-width", mark.strokeWidth),
                    ("stroke-linejoin", "round"), ("class", mark.rawValue),
                ]
                if let dash = mark.dash { attributes.append(("stroke-dasharray", dash)) }
                doc.element("polyline", attributes)
            }
            if markers || run.count == 1 {
                for index in run {
                    doc.element("circle", ["cx": n(x(index)), "cy": n(y(values[index]!)), "r": "2.5", "fill": mark.colour,
                                           "class": mark.rawValue + "-point"])
                }
            }
        }
    }

    /// A tick under every day, the thinned labels under some.
    private func drawDays(into doc: inout SVGDocument) {
        let n = SVGDocument.number
        let labelled = dateAxis.labels
        let labelledIndexes = Set(labelled.map(\.index))
        for index in days.indices {
            let long = labelledIndexes.contains(index) ? 5.0 : 2.5
            doc.element("line", ["x1": n(x(index)), "y1": n(bottom), "x2": n(x(index)), "y2": n(bottom + long), "stroke": "#444"])
        }
        guard datesLabelled else { return }
        for label in labelled {
            doc.group(["class": "date-label"]) { doc in
                doc.text(label.weekday, ["x": n(x(label.index)), "y": n(bottom + 6 + fontSize), "text-anchor": "middle",
                                         "font-size": n(fontSize), "fill": "#333"])
                doc.text(label.date, ["x": n(x(label.index)), "y": n(bottom + 8 + 2 * fontSize), "text-anchor": "middle",
                                      "font-size": n(fontSize), "fill": "#333"])
            }
        }
    }

    /// The vertical "today" line at the centre of today's slot, when today is on the axis.
    private func drawToday(into doc: inout SVGDocument) {
        guard let today, let index = days.firstIndex(of: today) else { return }
        let n = SVGDocument.number
        let mark = ChartMark.today
        doc.element("line", ["x1": n(x(index)), "y1": n(top - 4), "x2": n(x(index)), "y2": n(bottom), "stroke": mark.colour,
                             "stroke-width": mark.strokeWidth, "stroke-dasharray": mark.dash ?? "", "class": mark.rawValue])
        let nearRight = x(index) > left + width * 0.8
        doc.text("today", ["x": n(x(index) + (nearRight ? -4 : 4)), "y": n(top + fontSize), "text-anchor": nearRight ? "end" : "start",
                           "font-size": n(fontSize), "fill": mark.colour, "stroke": "#ffffff", "stroke-width": "3",
                           "paint-order": "stroke", "class": "today-label"])
    }

    /// Sorted indexes cut into runs of consecutive values.
    static func runs(_ indexes: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        for index in indexes {
            if let last = runs.last?.last, last + 1 == index { runs[runs.count - 1].append(index) } else { runs.append([index]) }
        }
        return runs
    }
}
