import Forecasting

/// The top of the peak chart: what it is (season, scope), which queues it adds up, which
/// queues in scope it leaves out and why, and where today falls when it is not on the axis.
///
/// Exists because a chart torn off a printer must say what it covers: a total over nine
/// queues read as the account's whole demand is wrong when three more were not forecast.
struct PeakChartHeader: Sendable {
    /// The title, also the document's accessible title.
    let title: String
    /// Lines under the title, each with its role (a class name) and colour.
    let lines: [(text: String, role: String, colour: String)]

    init(chart: PeakChart, layout: PeakChart.Layout, days: [LocalDate]) {
        title = "\(chart.season): agents required and supplied per day, \(chart.scope)"
            + (chart.today.map { ", as of \(DateAxis.spelled($0))" } ?? "")
        var lines: [(String, String, String)] = []
        let queues = chart.panels.map(\.name)
        let perPanel = layout == .panels && !queues.isEmpty ? "; one panel each, on its own scale" : ""
        if !queues.isEmpty {
            lines.append(("\(Self.count(queues.count, "queue")) shown\(perPanel): " + queues.joined(separator: ", "), "queues", "#222"))
        }
        if !chart.leftOut.isEmpty {
            var reasons: [String] = []
            var byReason: [String: [String]] = [:]
            for queue in chart.leftOut {
                if byReason[queue.reason] == nil { reasons.append(queue.reason) }
                byReason[queue.reason, default: []].append(queue.queue)
            }
            let listed = reasons.map { "\(byReason[$0]!.joined(separator: ", ")) (\($0))" }.joined(separator: "; ")
            lines.append(("\(Self.count(chart.leftOut.count, "queue")) not shown: \(listed)", "left-out", "#b00020"))
        }
        if let today = chart.today, let first = days.first, !days.contains(today) {
            let when = today < first ? "before the season starts: no actuals yet" : "after the season ended"
            lines.append(("Today, \(DateAxis.spelled(today)), is \(when).", "today-note", "#7b3294"))
        }
        self.lines = lines
    }

    /// Draws the title and the lines (wrapped to the chart's width); returns the bottom.
    func draw(into doc: inout SVGDocument) -> Double {
        let n = SVGDocument.number
        let left = PeakChart.margin.left, width = PeakChart.width - PeakChart.margin.left - PeakChart.margin.right
        var y = PeakChart.margin.top + 16
        for line in TextMeasure.lines(title, width: width + left - 10, fontSize: 16) {
            doc.text(line, ["x": "10", "y": n(y), "font-size": "16", "font-weight": "bold", "class": "chart-title"])
            y += 20
        }
        y += 2
        for line in lines {
            for wrapped in TextMeasure.lines(line.text, width: width + left - 10, fontSize: 12) {
                doc.text(wrapped, ["x": "10", "y": n(y), "font-size": "12", "fill": line.colour, "class": line.role])
                y += 16
            }
        }
        return y
    }

    /// "1 queue", "3 queues".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
