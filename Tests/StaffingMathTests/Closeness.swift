/// Relative closeness with an absolute floor, for comparing floating-point figures.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    if actual == expected { return true }
    return abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// A figure with one decimal, as the CLI and reports print percentages.
func oneDecimal(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10)"
}
