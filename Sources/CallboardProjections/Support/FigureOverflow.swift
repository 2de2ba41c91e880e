import Projections

/// Figures whose arithmetic leaves the integers a read model counts in (a correction from
/// near `Int.max` to near `Int.min`, say): refused as a poison event, never a trap.
struct FigureOverflow: PoisonEventError {
    let what: String

    var description: String { "\(what) do not fit a 64-bit integer" }

    /// `minuend - subtrahend`, or this error.
    static func difference(_ minuend: Int, _ subtrahend: Int, of what: String) throws(FigureOverflow) -> Int {
        let (result, overflow) = minuend.subtractingReportingOverflow(subtrahend)
        guard !overflow else { throw FigureOverflow(what: what) }
        return result
    }
}
