import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document read back with XMLParser (so malformed XML fails the test): its title, its
/// elements with their attributes, the text of `text` elements and the groups (`g`) with what
/// they hold, for the chart tests to look things up by class.
final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""

        /// A polyline's points.
        var points: [(x: Double, y: Double)] {
            (attributes["points"] ?? "").split(separator: " ").compactMap { pair in
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                return xy.count == 2 ? (xy[0], xy[1]) : nil
            }
        }
    }

    struct Group {
        let attributes: [String: String]
        var childClasses: [String] = []
        var text = ""
    }

    private(set) var title = ""
    private(set) var elements: [Element] = []
    private(set) var allGroups: [Group] = []
    private var openGroups: [Int] = []
    private var path: [String] = []
    var width = 0.0, height = 0.0

    init?(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        path.append(name)
        if name == "svg" {
            width = Double(attributes["width"] ?? "") ?? 0
            height = Double(attributes["height"] ?? "") ?? 0
        }
        if name == "g" {
            allGroups.append(Group(attributes: attributes))
            openGroups.append(allGroups.count - 1)
            return
        }
        elements.append(Element(name: name, attributes: attributes))
        if let group = openGroups.last, let kind = attributes["class"] { allGroups[group].childClasses.append(kind) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if path.last == "title" { title += string }
        if path.last == "text" {
            elements[elements.count - 1].text += string
            for group in openGroups { allGroups[group].text += string }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        if name == "g" { openGroups.removeLast() }
    }

    func elements(classed kind: String) -> [Element] { elements.filter { $0.attributes["class"] == kind } }
    func texts(classed kind: String) -> [String] { elements(classed: kind).filter { $0.name == "text" }.map(\.text) }
    func groups(classed kind: String) -> [Group] { allGroups.filter { $0.attributes["class"] == kind } }
}
