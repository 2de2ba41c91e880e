/// The shape every stream kind's business rules share, so the app layer can run any of them
/// the same way: load the stream, fold it with `evolve`, call `decide`, append the events
/// (or report the rejection and append nothing).
///
/// `decide` is pure: everything it needs from outside its own stream (other streams' states,
/// the known queues) comes in `context`, and time comes in the command.
public protocol Decider: Sendable {
    associatedtype Command: Sendable
    associatedtype Event: DomainEvent
    associatedtype State: Sendable, Equatable
    associatedtype Context: Sendable
    associatedtype Rejection: Error & Sendable & Equatable & CustomStringConvertible

    /// The stream a command is decided on.
    static func streamID(for command: Command) -> StreamID

    /// The state after `event`; `nil` is the state of an empty stream. Entity streams (site,
    /// agent, account, queue) begin with their creation event, which `decide` guarantees; a
    /// stream that does not is corrupt, and `evolve` stops on a precondition failure.
    static func evolve(_ state: State?, _ event: Event) -> State

    /// The events a command produces against `state`, or why it is refused.
    static func decide(_ command: Command, state: State?, context: Context) throws(Rejection) -> [Event]
}

extension Decider {
    /// Folds a stream's events into its state (nil for an empty stream).
    public static func fold(_ events: some Sequence<Event>) -> State? {
        events.reduce(nil) { evolve($0, $1) }
    }
}
