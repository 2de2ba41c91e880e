/// Identifiers the way HR, QA and survey systems print them: a prefix and a zero-padded
/// number (`MNL-0001`, `QA-SOF-000123`, `SV-0004567`).
enum RecordID {
    static func make(_ prefix: String, _ number: Int, digits: Int) -> String {
        let text = String(number)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
