/// The forecaster reasons in market days (`LocalDate`) and interval lengths (`IntervalLength`);
/// both are defined once, in the pure `CivilCalendar` module, and are part of this module's
/// public vocabulary: every `import Forecasting` sees them.
@_exported import CivilCalendar
