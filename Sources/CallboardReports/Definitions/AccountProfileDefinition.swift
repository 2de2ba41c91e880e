import CallboardDomain
import CallboardProjections
import Foundation

/// A client account's contract and one row per queue and SLA period: `GET /v1/accounts/{account}`.
public enum AccountProfileDefinition: ReportDefinition {
    public static let name = "AccountProfile"
    public static let summary = "The account's contract (meta) and one row per queue and SLA period."
    public static let parameters: [ReportParameter] = []

    public static let columns = [
        Column("queue_id", .text, "The queue."),
        Column("channel", .text, "voice, chat, email or social."),
        Column("language", .text, "The queue's language."),
        Column("market", .text, nullable: true, "The queue's market."),
        Column("time_zone", .text, "The queue's market clock, an IANA timezone."),
        Column("hours", .text, "Hours of operation on the market clock, as the contract writes them."),
        Column("closed_on", .date, nullable: true, "The day the queue closed; null while open."),
        Column("sla", .text, nullable: true, "The SLA of the period (`80/20`, `24h`); null for a queue without one."),
        Column("sla_effective_from", .instant, nullable: true, "When the SLA took effect."),
        Column("sla_effective_until", .instant, nullable: true, "When the next SLA replaced it; null for the one in force."),
    ]

    public static var sample: AccountProfileQuery { AccountProfileQuery(accountID: "") }

    public static func rows(_ profile: AccountProfile, _ context: RowContext) -> [[Cell]] {
        var rows: [[Cell]] = []
        for queue in profile.queues {
            let common: [Cell] = [
                .text(queue.queueID.rawValue), .text(queue.channel.rawValue), .text(queue.language.rawValue),
                .optional(queue.market), .text(queue.timeZone.rawValue), .text(queue.hours), .date(queue.closedOn),
            ]
            guard !queue.slas.isEmpty else {
                rows.append(common + [.null, .null, .null])
                continue
            }
            for (index, period) in queue.slas.enumerated() {
                let until = index + 1 < queue.slas.count ? queue.slas[index + 1].effectiveFrom : nil
                rows.append(common + [.text(period.description), .instant(period.effectiveFrom), .instant(until)])
            }
        }
        return rows
    }

    public static func meta(_ profile: AccountProfile, clock: String) -> [(String, Cell)] {
        [("account_id", .text(profile.accountID.rawValue)), ("name", .text(profile.name)),
         ("markets", .list(profile.markets)), ("brands", .list(profile.brands)), ("channels", .list(profile.channels)),
         ("languages", .list(profile.languages)), ("signed_on", .date(profile.signedOn.description)),
         ("offboarded_on", .date(profile.offboardedOn)), ("market_time_zone", .optional(profile.marketTimeZone?.rawValue)),
         ("tz", .text(clock))]
    }
}
