import Foundation
import Hummingbird

/// The three formats every export is offered in, chosen by the `format` query parameter
/// (`json`, `ndjson`, `csv`) or else by the Accept header; JSON when neither says.
enum ExportFormat: String, Sendable, CaseIterable {
    case json, ndjson, csv

    var mediaType: String {
        switch self {
        case .json: "application/json"
        case .ndjson: "application/x-ndjson"
        case .csv: "text/csv"
        }
    }

    var contentType: String { mediaType + "; charset=utf-8" }

    /// The format a request asks for; 400 for an unknown `format`, 406 for an Accept
    /// header that names none of the three (nor `*/*`, `application/*`, `text/*`).
    static func negotiate(format parameter: String?, accept: String?) throws(ExportError) -> ExportFormat {
        if let parameter {
            guard let format = ExportFormat(rawValue: parameter) else {
                throw .badParameter("format", "must be json, ndjson or csv, but was '\(parameter)'")
            }
            return format
        }
        guard let accept, !accept.isEmpty else { return .json }
        // One media range without parameters, as most clients send: no parsing needed.
        switch accept {
        case "application/json", "*/*": return .json
        case "application/x-ndjson": return .ndjson
        case "text/csv": return .csv
        default: break
        }
        let ranges = accept.split(separator: ",").compactMap { range -> (String, Double)? in
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (parts.first ?? "", quality) : nil
        }
        for (range, _) in ranges.sorted(by: { $0.1 > $1.1 }) {
            switch range {
            case "application/json", "application/*", "*/*": return .json
            case "application/x-ndjson", "application/ndjson": return .ndjson
            case "text/csv", "text/*": return .csv
            default: continue
            }
        }
        throw .notAcceptable(accept)
    }
}
