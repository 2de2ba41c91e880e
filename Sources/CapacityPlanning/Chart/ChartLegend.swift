/// The peak chart's legend: a swatch drawn like each mark (a filled box for the band, a
/// short line with the mark's colour and dash for the lines) and the mark's name, in rows
/// that wrap at the chart's width.
///
/// Exists so a printed chart explains itself, in the same colours and dashes as the plot.
struct ChartLegend: Sendable {
    let marks: [ChartMark]

    static let swatchWidth = 26.0, fontSize = 12.0, spacing = 22.0, rowHeight = 20.0

    /// Draws the entries from (`left`, `top`); returns the bottom.
    func draw(into doc: inout SVGDocument, top: Double, left: Double, width: Double) -> Double {
        guard !marks.isEmpty else { return top }
        let n = SVGDocument.number
        var x = left, y = top + Self.rowHeight / 2
        for mark in marks {
            let entryWidth = Self.swatchWidth + 6 + TextMeasure.width(of: mark.label, fontSize: Self.fontSize)
            if x > left, x + entryWidth > left + width {
                x = left
                y += Self.rowHeight
            }
            doc.group(["class": "legend-entry", "data-mark": mark.rawValue]) { doc in
                Self.swatch(mark, x: x, y: y, into: &doc)
                doc.text(mark.label, ["x": n(x + Self.swatchWidth + 6), "y": n(y + Self.fontSize * 0.35), "font-size": n(Self.fontSize)])
            }
            x += entryWidth + Self.spacing
        }
        return y + Self.rowHeight / 2
    }

    private static func swatch(_ mark: ChartMark, x: Double, y: Double, into doc: inout SVGDocument) {
        let n = SVGDocument.number
        switch mark {
        case .requiredBand:
            doc.element("rect", ["x": n(x), "y": n(y - 6), "width": n(swatchWidth), "height": "12", "fill": mark.colour,
                                 "fill-opacity": ChartMark.bandOpacity, "class": "swatch"])
        case .today:
            doc.element("line", ["x1": n(x + swatchWidth / 2), "y1": n(y - 8), "x2": n(x + swatchWidth / 2), "y2": n(y + 8),
                                 "stroke": mark.colour, "stroke-width": mark.strokeWidth, "stroke-dasharray": mark.dash ?? "", "class": "swatch"])
        default:
            var attributes: [(String, String)] = [("x1", n(x)), ("y1", n(y)), ("x2", n(x + swatchWidth)), ("y2", n(y)),
                                                  ("stroke", mark.colour), ("stroke-width", mark.strokeWidth), ("class", "swatch")]
            if let dash = mark.dash { attributes.append(("stroke-dasharray", dash)) }
            doc.element("line", attributes)
            if mark == .actualRequired {
                doc.element("circle", ["cx": n(x + swatchWidth / 2), "cy": n(y), "r": "2.5", "fill": mark.colour, "class": "swatch"])
            }
        }
    }
}
