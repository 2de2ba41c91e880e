import CallboardDomain

extension FieldSyntax {
    private static let slaRule = "must be percent/seconds such as 80/20 or 80/20/5 (voice, chat) or percent/hours "
        + "such as 90/24h or 95/24h business (email, social)"

    /// `80/20` (80% answered within 20 s), `80/20/5` (abandons under 5 s left out), `90/24h`
    /// (90% first responded within 24 h, every hour counting) or `95/24h business` (within 24
    /// of the queue's business hours). A first-response SLA must state its percent: a bare
    /// `24h` is refused, naming the form to write.
    public static func serviceLevel(_ text: String) throws(FieldSyntaxError) -> ServiceLevelAgreement {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if let last = parts.last, last.hasSuffix("h") || last.hasSuffix("h business") {
            return try firstResponse(text, parts)
        }
        guard (2...3).contains(parts.count), let percent = Double(parts[0]), percent.isFinite,
              !parts[0].contains(where: \.isLetter), let seconds = Int(parts[1]) else {
            throw FieldSyntaxError(slaRule)
        }
        let shortAbandon = parts.count == 3 ? Int(parts[2]) : 0
        guard let shortAbandon else { throw FieldSyntaxError(slaRule) }
        return .answered(percent: percent, withinSeconds: seconds, shortAbandonSeconds: shortAbandon)
    }

    /// `90/24h` or `95/24h business`, split at `/`.
    private static func firstResponse(_ text: String, _ parts: [Substring]) throws(FieldSyntaxError) -> ServiceLevelAgreement {
        guard let window = parts.last else { throw FieldSyntaxError(slaRule) }
        let clock: ResponseClock = window.hasSuffix(" business") ? .businessHours : .allHours
        let number = window.prefix { $0 != "h" }
        guard let hours = Int(number), window == "\(number)h" + (clock == .businessHours ? " business" : "") else {
            throw FieldSyntaxError(slaRule)
        }
        guard parts.count == 2 else {
            guard parts.count == 1 else { throw FieldSyntaxError(slaRule) }
            throw FieldSyntaxError("must state the share to respond to in time as well as the hours, such as 95/\(window) "
                + "(95% first responded within \(hours) h); no share is implied")
        }
        guard let percent = Double(parts[0]), percent.isFinite, !parts[0].contains(where: \.isLetter) else {
            throw FieldSyntaxError(slaRule)
        }
        return .firstResponse(withinHours: hours, clock: clock, percent: percent)
    }
}
