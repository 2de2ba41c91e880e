/// Floor division for calendar arithmetic: instants before 1970 and clocks west of UTC
/// give negative numbers, which must still land on the right day.
extension Int {
    /// Division rounding toward minus infinity (times before 1970 and negative offsets).
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivided(by:)`: always in 0..<divisor.
    func floorModulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
