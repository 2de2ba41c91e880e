import CallboardDomain

/// One kind of import file: its columns, how a row becomes the domain commands it stands
/// for, and how the domain's refusals read against the file's columns. Formats only read
/// and translate; deciding is the application layer's job.
public protocol ImportFormat: Sendable {
    /// The decider that judges this kind's commands.
    associatedtype Rules: Decider

    static var kind: ImportKind { get }
    static var columns: ColumnSet { get }

    /// A column whose value must not repeat within one file (an id the domain does not keep).
    static var uniqueColumn: String? { get }

    /// What a row's fact is known by within the file, when rows must not repeat it and no
    /// single column (`uniqueColumn`) or the domain already refuses a repeat; nil by default.
    static func rowKey(of commands: [Rules.Command]) -> RowKey?

    /// The commands one row stands for, in order; nil when a value does not parse, in which
    /// case `row` holds the problems.
    static func commands(reading row: inout RowReader) -> [Rules.Command]?

    /// The refusal of one of a row's commands, as problems with the file's columns.
    static func problems(explaining rejection: Rules.Rejection) -> [ColumnProblem]
}

extension ImportFormat {
    public static var uniqueColumn: String? { nil }
    public static func rowKey(of commands: [Rules.Command]) -> RowKey? { nil }
}
