extension ReadModelSchemas {
    /// Where the hourly service-level rollup lives in this set of schemas.
    var serviceLevelHours: String { schema(of: ServiceLevelHoursProjection()) }
}
