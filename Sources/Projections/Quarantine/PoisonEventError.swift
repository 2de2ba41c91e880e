/// An error that is the event's own fault: applying the same event with the same code
/// fails the same way every time (its payload does not decode, a value does not fit the
/// read model). The engine quarantines such an event instead of stopping at it.
///
/// Read models throw errors conforming to this for what they refuse themselves; the
/// engine also treats decoding errors and PostgreSQL's data and integrity errors as
/// poison (see ``ApplyFailure``).
public protocol PoisonEventError: Error, CustomStringConvertible {}
