/// The marks of the peak chart: what each figure is drawn as, in which colour and dash,
/// and what the legend calls it.
///
/// Exists so the plots and the legend cannot disagree (a legend swatch is drawn from the
/// same mark as the line), and so the chart still reads on a black-and-white printout:
/// each line differs by dash or marker as well as by colour.
enum ChartMark: String, CaseIterable, Sendable {
    case requiredBand = "required-band"
    case requiredP50 = "required-p50"
    case actualRequired = "actual-required"
    case suppliedToday = "supply-today"
    case plannedSupply = "supply-planned"
    case today

    /// The legend's words.
    var label: String {
        switch self {
        case .requiredBand: "required agents, P50 to P90 forecast"
        case .requiredP50: "required agents, P50 forecast"
        case .actualRequired: "required by the contacts that arrived"
        case .suppliedToday: "supply allocated today"
        case .plannedSupply: "planned supply (+ hires, cross-training)"
        case .today: "today"
        }
    }

    var colour: String {
        switch self {
        case .requiredBand: "#fdb863"
        case .requiredP50: "#d95f02"
        case .actualRequired: "#1a1a1a"
        case .suppliedToday: "#2166ac"
        case .plannedSupply: "#1b9e77"
        case .today: "#7b3294"
        }
    }

    var strokeWidth: String {
        switch self {
        case .requiredBand: "0"
        case .today: "1.5"
        default: "2"
        }
    }

    /// The dash pattern; nil draws a solid line.
    var dash: String? {
        switch self {
        case .plannedSupply: "8 4"
        case .today: "4 3"
        default: nil
        }
    }

    /// Fill opacity of the band.
    static let bandOpacity = "0.55"
}
