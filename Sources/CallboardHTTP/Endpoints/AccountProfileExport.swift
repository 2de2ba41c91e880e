import CallboardProjections
import Projections

/// `GET /v1/accounts/{account}`: the contract (in `meta` for JSON) and one row per queue
/// and SLA period: channel, language, market, clock, hours, and each SLA with when it took
/// effect and when the next one replaced it, on the reader's clock.
struct AccountProfileExport: AccountExport {
    let path = ""
    var readModels: [any Projection] { [ClientAccountsProjection()] }

    static let columns = [
        "queue_id", "channel", "language", "market", "time_zone", "hours", "closed_on",
        "sla", "sla_effective_from", "sla_effective_until",
    ]

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost { .small }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let profile = request.profile
        var instants = request.clock.renderer()
        var rows: [[ExportValue]] = []
        for queue in profile.queues {
            let common: [ExportValue] = [
                .text(queue.queueID.rawValue), .text(queue.channel.rawValue), .text(queue.language.rawValue),
                .optional(queue.market), .text(queue.timeZone.rawValue), .text(queue.hours),
                .optional(queue.closedOn?.description),
            ]
            guard !queue.slas.isEmpty else {
                rows.append(common + [.null, .null, .null])
                continue
            }
            for (index, period) in queue.slas.enumerated() {
                let until = index + 1 < queue.slas.count ? queue.slas[index + 1].effectiveFrom : nil
                rows.append(common + [
                    .text(period.description), .text(instants.render(period.effectiveFrom)),
                    .optional(until.map { instants.render($0) }),
                ])
            }
        }
        let meta: [(String, ExportValue)] = [
            ("account_id", .text(profile.accountID.rawValue)), ("name", .text(profile.name)),
            ("markets", .json(Self.array(profile.markets))), ("brands", .json(Self.array(profile.brands))),
            ("channels", .json(Self.array(profile.channels))), ("languages", .json(Self.array(profile.languages))),
            ("signed_on", .text(profile.signedOn.description)), ("offboarded_on", .optional(profile.offboardedOn?.description)),
            ("market_time_zone", .optional(profile.marketTimeZone?.rawValue)), ("tz", .text(request.clock.zoneID.rawValue)),
        ]
        return ExportAnswer(ExportTable(columns: Self.columns, meta: meta, rows: rows), position: request.profilePosition)
    }

    private static func array(_ values: [String]) -> String {
        "[" + values.map(JSONText.quoted).joined(separator: ",") + "]"
    }
}
