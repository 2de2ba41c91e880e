/// A country a client sells into and the clock its buyers live by: queues take the market's
/// IANA timezone, and demand follows the market's day, week and shopping calendar.
enum Market {
    /// The market's timezone (the buyers' clock) by ISO 3166 code.
    static func timeZoneID(of country: String) -> String {
        switch country {
        case "US": "America/New_York"
        case "GB": "Europe/London"
        case "DE": "Europe/Berlin"
        case "FR": "Europe/Paris"
        case "BE": "Europe/Brussels"
        case "MX": "America/Mexico_City"
        case "BR": "America/Sao_Paulo"
        case "KR": "Asia/Seoul"
        case "MY": "Asia/Kuala_Lumpur"
        case "SG": "Asia/Singapore"
        default: preconditionFailure("no timezone for market \(country)")
        }
    }
}
