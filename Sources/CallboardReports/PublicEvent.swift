import Foundation

/// The change feed's public event schema: what a client sees of an event of its account,
/// instead of the internal payload. Event types and field names are snake_case
/// (`IntervalReported` -> `interval_reported`, `queueID` -> `queue_id`, nested objects too),
/// and only the fields documented here (and in the OpenAPI document, `ChangeEvent`) are
/// handed out, so an internal field added later never leaks into the feed unannounced.
public enum PublicEvent {
    /// Each public event type with its documented payload fields (snake_case), in the order
    /// the OpenAPI document lists them.
    public static let schemas: [(type: String, summary: String, fields: [String])] = [
        ("account_signed", "The account's contract was signed.",
         ["account_id", "name", "markets", "brands", "channels", "languages", "signed_on"]),
        ("account_offboarded", "The account left.", ["account_id", "offboarded_on", "reason"]),
        ("campaign_recorded", "A campaign (promotion, launch...) was recorded for the account or one queue.",
         ["account_id", "queue_id", "name", "kind", "first_day", "last_day", "expected_uplift", "recording"]),
        ("campaign_withdrawn", "A campaign was withdrawn.", ["account_id", "name", "reason", "recording"]),
        ("queue_opened", "A queue opened, with its hours and first SLA.",
         ["queue_id", "account_id", "channel", "language", "market", "time_zone", "hours", "sla", "sla_effective_from"]),
        ("queue_sla_changed", "A queue's SLA changed from an instant on.", ["queue_id", "sla", "effective_from"]),
        ("queue_closed", "A queue closed.", ["queue_id", "closed_on", "reason"]),
        ("queue_closure_recorded", "A day the queue is closed (holiday) was recorded.", ["queue_id", "day", "reason", "recording"]),
        ("queue_closure_withdrawn", "A recorded closure day was withdrawn.", ["queue_id", "day", "reason", "recording"]),
        ("queue_day_confirmed_real", "An unusual day's volume was confirmed real (kept in forecasts).",
         ["queue_id", "day", "reason", "confirmation"]),
        ("queue_day_confirmation_withdrawn", "Such a confirmation was withdrawn.", ["queue_id", "day", "reason", "confirmation"]),
        ("interval_reported", "A queue interval's contact figures were reported.", ["queue_id", "start", "length", "figures"]),
        ("interval_corrected", "A reported interval's figures were corrected.",
         ["queue_id", "start", "length", "previous", "corrected", "revision"]),
    ]

    /// `IntervalReported` as `interval_reported`; `QueueSLAChanged` as `queue_sla_changed`.
    public static func type(_ name: String) -> String { snakeCase(name) }

    /// The public payload of an internal one: keys in snake_case at every depth, only the
    /// documented fields of the event's type (none for an undocumented type), sorted keys.
    public static func payload(type internalType: String, json: String) -> String {
        let documented = Set(schemas.first { $0.type == type(internalType) }?.fields ?? [])
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) as? [String: Any]
        else { return "{}" }
        var shown: [String: Any] = [:]
        for (key, value) in object {
            let name = snakeCase(key)
            if documented.contains(name) { shown[name] = snakeKeys(value) }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: shown, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func snakeKeys(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return Dictionary(uniqueKeysWithValues: object.map { (snakeCase($0.key), snakeKeys($0.value)) })
        }
        if let array = value as? [Any] { return array.map(snakeKeys) }
        return value
    }

    /// `queueID` -> `queue_id`, `slaEffectiveFrom` -> `sla_effective_from`, `QueueSLAChanged` ->
    /// `queue_sla_changed`: a capital run is one word, its last capital starting the next
    /// word when a lower-case letter follows.
    public static func snakeCase(_ name: String) -> String {
        let characters = Array(name)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase {
                let previous = index > 0 ? characters[index - 1] : nil
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = index > 0 && (previous?.isLowercase == true || previous?.isNumber == true
                    || (previous?.isUppercase == true && next?.isLowercase == true))
                if startsWord { out += "_" }
                out += character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
