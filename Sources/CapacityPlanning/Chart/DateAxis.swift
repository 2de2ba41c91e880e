import Forecasting

/// Which days of a chart's date axis carry a label, and what each label says: the weekday
/// over the date ("Mon" over "23 Nov"), with the year on the first label and wherever the
/// year changes ("4 Jan 2027").
///
/// Exists because a season is six weeks on a few hundred pixels: labelling every day makes
/// them overlap, and a date without weekday or year is read wrong by a scheduler. Labels are
/// thinned to every day, 2 days, week, 2 or 4 weeks (weekly steps on Mondays), the smallest
/// step whose labels keep `gap` pixels apart at the estimated text width; a label reaching
/// further past an end of the axis than that end's `overhang` allows (into a neighbouring
/// panel, off the page) is left out.
struct DateAxis: Sendable {
    /// One labelled day.
    struct Label: Sendable, Hashable {
        /// Position of the day in the axis' days.
        let index: Int
        let weekday: String
        let date: String
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let steps = [1, 2, 7, 14, 28]

    let labels: [Label]
    /// Days between labels.
    let step: Int

    /// The labels for `days` (consecutive, in order) placed `spacing` pixels apart, in text of `fontSize`.
    init(days: [LocalDate], spacing: Double, fontSize: Double, gap: Double = 8,
         overhang: (left: Double, right: Double) = (.infinity, .infinity)) {
        var chosen: (labels: [Label], step: Int)?
        for step in Self.steps {
            let labels = Self.labels(days: days, step: step, fontSize: fontSize, gap: gap, spacing: spacing, overhang: overhang)
            if Self.fits(labels, spacing: spacing, fontSize: fontSize, gap: gap) {
                chosen = (labels, step)
                break
            }
        }
        // Nothing fits (an absurdly narrow plot): the first day alone still says when the axis starts.
        let fallback = Self.labelled(days, days.isEmpty ? [] : [0])
        labels = chosen?.labels ?? fallback
        step = chosen?.step ?? max(1, days.count)
    }

    /// Whether neighbouring labels stay `gap` apart.
    static func fits(_ labels: [Label], spacing: Double, fontSize: Double, gap: Double) -> Bool {
        zip(labels, labels.dropFirst()).allSatisfy { left, right in
            Double(right.index - left.index) * spacing >= (width(of: left, fontSize: fontSize) + width(of: right, fontSize: fontSize)) / 2 + gap
        }
    }

    /// The estimated width of a label: its longer line at a sans-serif's widest average glyph.
    static func width(of label: Label, fontSize: Double) -> Double {
        TextMeasure.width(of: label.date.count > label.weekday.count ? label.date : label.weekday, fontSize: fontSize)
    }

    /// Every `step`th day (weekly and longer steps on Mondays), the year where it is new.
    /// With longer steps the axis' first and last days are labelled too where they fit, so the
    /// axis says where it starts and ends (and the year it ends in).
    static func labels(days: [LocalDate], step: Int, fontSize: Double = 11, gap: Double = 8, spacing: Double = .infinity,
                       overhang: (left: Double, right: Double) = (.infinity, .infinity)) -> [Label] {
        guard let first = days.first else { return [] }
        let start = step >= 7 ? (7 - first.weekdayIndex) % 7 : 0
        func inside(_ labels: [Label]) -> [Label] {
            guard spacing.isFinite else { return labels }
            let kept = labels.filter { label in
                let centre = (Double(label.index) + 0.5) * spacing, half = width(of: label, fontSize: fontSize) / 2
                return centre - half >= -overhang.left && centre + half <= Double(days.count) * spacing + overhang.right
            }
            return kept.count == labels.count ? labels : labelled(days, kept.map(\.index))
        }
        var indexes = inside(labelled(days, Array(stride(from: start, to: days.count, by: step)))).map(\.index)
        if step > 1 {
            for end in [0, days.count - 1] where !indexes.contains(end) {
                let extended = labelled(days, (indexes + [end]).sorted())
                if inside(extended).count == extended.count, fits(extended, spacing: spacing, fontSize: fontSize, gap: gap) {
                    indexes = extended.map(\.index)
                }
            }
        }
        return inside(labelled(days, indexes))
    }

    /// The labels of the days at `indexes` (sorted), the year on the first and wherever it changes.
    static func labelled(_ days: [LocalDate], _ indexes: [Int]) -> [Label] {
        var labels: [Label] = []
        var lastYear: Int?
        for index in indexes {
            let (year, month, day) = days[index].components
            let date = "\(day) \(months[month - 1])" + (year == lastYear ? "" : " \(year)")
            labels.append(Label(index: index, weekday: days[index].weekday.abbreviation, date: date))
            lastYear = year
        }
        return labels
    }

    /// "Mon 7 Dec 2026": a day as a scheduler reads it in a sentence.
    static func spelled(_ day: LocalDate) -> String {
        let (year, month, date) = day.components
        return "\(day.weekday.abbreviation) \(date) \(months[month - 1]) \(year)"
    }
}
