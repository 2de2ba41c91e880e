extension ShiftPlanned {
    /// The UTC intervals this shift covers on a queue that requires a training program,
    /// counting only time on duty while the agent's certification on it holds: a certification
    /// that expires mid-season visibly lowers capacity from that instant on.
    public func coverage(_ length: IntervalLength, certified validity: CertificationValidity) -> [IntervalCoverage] {
        let certifiedWork = workingSegments().flatMap { segment in
            validity.validStretches(within: segment.start..<segment.end)
                .map { (start: $0.lowerBound, end: $0.upperBound) }
        }
        return coverage(length, of: certifiedWork)
    }
}
