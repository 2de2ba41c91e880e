import CapacityPlanning
import Forecasting
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("The SVG gap chart")
struct GapChartTests {
    /// Counts elements by name while parsing; parsing fails on malformed XML.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var gapPaths = 0
        var title = ""
        private var inTitle = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            if name == "path", attributes["class"] == "gap" { gapPaths += 1 }
            inTitle = name == "title"
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { title += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inTitle = false }
    }

    static func parse(_ svg: String) -> ElementCounter? {
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }

    @Test func theChartIsWellFormedXMLWithBothLinesAndTheGapShaded() throws {
        let first: CalendarDay = "2026-11-23"
        let required = [10, 14, 30, 26, 12, 10, 9]
        let points = required.indices.map { GapChart.Point(day: first.adding(days: $0), required: required[$0], available: 15) }
        let svg = GapChart(title: "Peak <TAB & PET> \"2026\"", points: points).svg()
        let parsed = try #require(Self.parse(svg))
        #expect(parsed.counts["svg"] == 1)
        #expect(parsed.counts["polyline"] == 2)
        // Short on the 25th and 26th: the segments touching them (24-25, 25-26, 26-27) are shaded.
        #expect(parsed.gapPaths == 3)
        #expect(parsed.title == "Peak <TAB & PET> \"2026\"")
    }

    @Test func anEmptySeasonStillDrawsAValidChart() throws {
        let parsed = try #require(Self.parse(GapChart(title: "empty", points: []).svg()))
        #expect(parsed.gapPaths == 0 && parsed.counts["svg"] == 1)
    }
}
