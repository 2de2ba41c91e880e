/// The domain speaks in civil dates, months, weekdays and interval lengths (a hire date, an
/// award month, a queue's Monday hours, a 15-minute interval report); those calendar values
/// are defined once, in the pure `CivilCalendar` module, and are part of this module's
/// vocabulary: every `import CallboardDomain` sees them. What needs a clock or a timezone
/// (`LocalDate.start(in:)`, `LocalMonth(containing:in:)`) stays here.
@_exported import CivilCalendar
