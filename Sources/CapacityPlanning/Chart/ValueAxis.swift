/// The agents axis of a chart: from zero to a round top, with ticks at whole round steps
/// (1, 2 or 5 times a power of ten, or 25, 250, ...; never below one agent).
///
/// Exists so each plot reads at a glance ("0, 50, 100, 150") whatever its largest value,
/// and so the tests can place a value on the plot as the drawing does.
struct ValueAxis: Sendable, Hashable {
    let top: Double
    let step: Double

    /// An axis that holds `highest`, with about `ticks` steps.
    init(highest: Double, ticks: Int = 5) {
        let target = max(highest, 1) / Double(max(ticks, 1))
        var magnitude = 1.0
        while magnitude * 10 <= target { magnitude *= 10 }
        let multiples: [Double] = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10]
        let step = multiples.map { $0 * magnitude }.first { $0 >= target } ?? magnitude * 10
        self.step = max(1, step)
        top = max(self.step, (max(highest, 1) / self.step).rounded(.up) * self.step)
    }

    /// The tick values, from 0 to the top.
    var ticks: [Double] {
        stride(from: 0, through: top + step / 2, by: step).map { $0 }
    }

    /// A tick value as printed: whole, thousands separated by commas.
    static func label(_ value: Double) -> String {
        let whole = Int(value.rounded())
        let digits = String(abs(whole))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (whole < 0 ? "-" : "") + grouped
    }
}
