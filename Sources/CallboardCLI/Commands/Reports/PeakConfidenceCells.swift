import CallboardReports
import CallboardDomain
import CallboardProjections

/// The `confidence` and `method` columns `report peak` adds to each row (csv and json; the
/// table lists the low-confidence queues in its details and marks each one's heading).
enum PeakConfidenceCells {
    static let columns = ["confidence", "method"]

    static func cells(of queue: QueueID, in confidence: [QueueID: QueueForecastConfidence]) -> [Cell] {
        let known = confidence[queue]
        return [.text(known?.confidence.rawValue ?? "normal"), .text(known?.method ?? SeasonForecastPublished.ownHistory)]
    }
}
