import CallboardDomain

extension FieldSyntax {
    private static let slaRule =
        "must be percent/seconds such as 80/20 or 80/20/5 (voice, chat) or hours such as 24h or 24h business (email, social)"

    /// `80/20` (80% answered within 20 s), `80/20/5` (abandons under 5 s left out), `24h`
    /// (first response within 24 h, every hour counting) or `24h business` (business hours only).
    public static func serviceLevel(_ text: String) throws(FieldSyntaxError) -> ServiceLevelAgreement {
        if text.hasSuffix("h") || text.hasSuffix("h business") {
            let clock: ResponseClock = text.hasSuffix(" business") ? .businessHours : .allHours
            let number = text.prefix { $0 != "h" }
            guard let hours = Int(number), text == "\(number)h" + (clock == .businessHours ? " business" : "") else {
                throw FieldSyntaxError(slaRule)
            }
            return .firstResponse(withinHours: hours, clock: clock)
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let percent = Double(parts[0]), percent.isFinite,
              !parts[0].contains(where: \.isLetter), let seconds = Int(parts[1]) else {
            throw FieldSyntaxError(slaRule)
        }
        let shortAbandon = parts.count == 3 ? Int(parts[2]) : 0
        guard let shortAbandon else { throw FieldSyntaxError(slaRule) }
        return .answered(percent: percent, withinSeconds: seconds, shortAbandonSeconds: shortAbandon)
    }
}
