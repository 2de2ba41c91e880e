/// How long it takes to turn a person into a certified agent for a queue: recruiting (new
/// hires only), classroom training and nesting.
///
/// Exists so the hiring plan can say when a cohort must start. Programs state their modules
/// and nesting days (`TrainingProgramDefined`) but not classroom time, so classroom time is
/// ``classroomDaysPerModule`` per module. Queues without a program use ``default``.
public struct TrainingLeadTime: Sendable, Hashable, Codable {
    /// Calendar days per classroom module (a module is about two working days; 3 calendar days).
    public static let classroomDaysPerModule = 3
    /// Calendar days from opening a requisition to a hire's first day.
    public static let recruitingDays = 21
    /// For a queue no program covers: two weeks of classroom, two weeks of nesting.
    public static let `default` = TrainingLeadTime(classroomDays: 14, nestingDays: 14, programID: nil)

    public let classroomDays: Int
    public let nestingDays: Int
    /// The program the lead time comes from; nil for the default.
    public let programID: String?

    public init(classroomDays: Int, nestingDays: Int, programID: String?) {
        self.classroomDays = classroomDays
        self.nestingDays = nestingDays
        self.programID = programID
    }

    /// The lead time of a program with `modules` classroom modules and `nestingDays` of nesting.
    public init(programID: String, modules: Int, nestingDays: Int) {
        self.init(classroomDays: modules * Self.classroomDaysPerModule, nestingDays: nestingDays, programID: programID)
    }

    /// Days from starting an existing agent's cross-training to certification.
    public var crossTrainingDays: Int { classroomDays + nestingDays }
    /// Days from opening a requisition to a new hire's certification.
    public var hiringDays: Int { Self.recruitingDays + crossTrainingDays }
}
