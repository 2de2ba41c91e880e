import ArgumentParser
import Foundation

/// The staffing command's option values and number formatting.
extension StaffingCommand {
    enum Channel: String, ExpressibleByArgument, CaseIterable, Encodable {
        case voice, chat, email
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    enum BasisArgument: String, ExpressibleByArgument, CaseIterable, Encodable {
        case answered, waited
    }

    static func number(_ value: Double, decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "unbounded"
    }

    static func percent(_ fraction: Double) -> String { number(fraction * 100, decimals: 1) + "%" }

    static func rows(_ title: String, _ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return ([title] + rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 })
            .joined(separator: "\n")
    }
}
