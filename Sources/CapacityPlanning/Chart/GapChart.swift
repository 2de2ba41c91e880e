import Forecasting

/// Required against available agents per day of a season, as an SVG line chart with the
/// shortfall shaded: planners look at the shape of peak before the numbers.
///
/// Exists apart from the CLI so any edge (the report command, a future HTTP export) draws
/// the same chart. Pure: values in, SVG text out.
public struct GapChart: Sendable {
    /// One day's totals.
    public struct Point: Sendable, Hashable {
        public let day: CalendarDay
        public let required: Int
        public let available: Int
        public init(day: CalendarDay, required: Int, available: Int) {
            self.day = day
            self.required = required
            self.available = available
        }
    }

    public let title: String
    public let points: [Point]

    public init(title: String, points: [Point]) {
        self.title = title
        self.points = points.sorted { $0.day < $1.day }
    }

    static let width = 900.0, height = 360.0, left = 56.0, right = 16.0, top = 36.0, bottom = 48.0

    /// The chart as an SVG document.
    public func svg() -> String {
        var doc = SVGDocument(width: Self.width, height: Self.height)
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let highest = max(1, points.map { max($0.required, $0.available) }.max() ?? 1)
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        func x(_ i: Int) -> Double { Self.left + Double(i) * step }
        func y(_ value: Int) -> Double { Self.top + plotHeight * (1 - Double(value) / Double(highest)) }
        let n = SVGDocument.number

        doc.text(title, ["x": n(Self.left), "y": "20", "font-size": "14", "font-weight": "bold"])
        doc.element("line", ["x1": n(Self.left), "y1": n(y(0)), "x2": n(Self.left + plotWidth), "y2": n(y(0)), "stroke": "#555"])
        doc.element("line", ["x1": n(Self.left), "y1": n(Self.top), "x2": n(Self.left), "y2": n(y(0)), "stroke": "#555"])
        for tick in 0...4 {
            let value = highest * tick / 4
            doc.text(String(value), ["x": n(Self.left - 6), "y": n(y(value) + 4), "text-anchor": "end"])
        }
        // The gap: wherever required is above available, the band between them.
        for i in points.indices.dropLast() {
            let a = points[i], b = points[i + 1]
            guard a.required > a.available || b.required > b.available else { continue }
            let path = "M\(n(x(i))),\(n(y(max(a.required, a.available)))) L\(n(x(i + 1))),\(n(y(max(b.required, b.available)))) "
                + "L\(n(x(i + 1))),\(n(y(b.available))) L\(n(x(i))),\(n(y(a.available))) Z"
            doc.element("path", ["d": path, "fill": "#d62728", "fill-opacity": "0.3", "class": "gap"])
        }
        let required = points.indices.map { "\(n(x($0))),\(n(y(points[$0].required)))" }.joined(separator: " ")
        let available = points.indices.map { "\(n(x($0))),\(n(y(points[$0].available)))" }.joined(separator: " ")
        doc.element("polyline", ["points": required, "fill": "none", "stroke": "#d62728", "stroke-width": "2", "class": "required"])
        doc.element("polyline", ["points": available, "fill": "none", "stroke": "#1f77b4", "stroke-width": "2", "class": "available"])
        for i in points.indices where points[i].day.weekdayIndex == 0 || i == 0 {
            doc.text(String(points[i].day.description.dropFirst(5)), ["x": n(x(i)), "y": n(y(0) + 16), "text-anchor": "middle"])
        }
        let legendY = n(Self.height - 12)
        doc.text("required", ["x": n(Self.left), "y": legendY, "fill": "#d62728"])
        doc.text("available (certified)", ["x": n(Self.left + 80), "y": legendY, "fill": "#1f77b4"])
        doc.text("shaded: short", ["x": n(Self.left + 240), "y": legendY, "fill": "#d62728", "fill-opacity": "0.6"])
        return doc.rendered(title: title)
    }
}
