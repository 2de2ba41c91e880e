/// The service level a client buys for a queue: voice and chat "80% answered within 20 s,
/// abandons under 5 s excluded" (80/20/5); email and social "95% first responded within 24 h"
/// (95/24h), on a 24/7 clock (as Amazon counts) or on the queue's business hours.
enum ServiceTarget: Sendable {
    case answered(percent: Int, seconds: Int, shortAbandonSeconds: Int?)
    case firstResponse(hours: Int, businessHours: Bool)

    static let voice = ServiceTarget.answered(percent: 80, seconds: 20, shortAbandonSeconds: 5)
    static let chat = ServiceTarget.answered(percent: 80, seconds: 30, shortAbandonSeconds: 5)
    static let premiumChat = ServiceTarget.answered(percent: 90, seconds: 60, shortAbandonSeconds: nil)
    static let email = ServiceTarget.firstResponse(hours: 24, businessHours: false)
    static let businessEmail = ServiceTarget.firstResponse(hours: 24, businessHours: true)
    static let social = ServiceTarget.firstResponse(hours: 12, businessHours: false)

    /// The `sla` column.
    var text: String {
        switch self {
        case let .answered(percent, seconds, shortAbandon?): "\(percent)/\(seconds)/\(shortAbandon)"
        case let .answered(percent, seconds, nil): "\(percent)/\(seconds)"
        case let .firstResponse(hours, business): business ? "95/\(hours)h business" : "95/\(hours)h"
        }
    }

    /// The share of contacts the contract asks to be answered in time.
    var targetShare: Double {
        switch self {
        case let .answered(percent, _, _): Double(percent) / 100
        case .firstResponse: 0.95
        }
    }
}
