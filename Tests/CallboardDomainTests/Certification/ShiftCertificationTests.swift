import Foundation
import Testing
@testable import CallboardDomain

@Suite("Shift planning gated by certification")
struct ShiftCertificationTests {
    /// Manila agent A-1 certified on TAB-SLATE from 2026-03-02 to 2027-03-02; Q-VOICE requires
    /// the program, Q-CHAT requires none.
    private func scheduling() throws -> (Scheduling, ShiftContext) {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.certify()
        let manila = try Scheduling(site: trainee.site)
        let context = ShiftContext(agent: manila.agent, site: manila.site, knownQueues: manila.knownQueues,
                                   certifications: ["Q-VOICE": trainee.validity])
        return (manila, context)
    }

    private func plan(_ day: LocalDate, _ start: LocalTime, _ end: LocalTime,
                      queues: [QueueID] = ["Q-VOICE"]) -> ShiftCommand {
        .plan(PlanShift(shiftID: "S-1", agentID: "A-1", queues: queues, date: day, start: start, end: end))
    }

    @Test func aCertifiedAgentIsScheduled() throws {
        let (_, context) = try scheduling()
        let events = try Schedule.decide(plan("2026-11-27", "09:00", "17:00"), state: nil, context: context)
        #expect(events.count == 1)
    }

    @Test func anExpiredCertificationRefusesTheShiftWithTheDate() throws {
        let (_, context) = try scheduling()
        let refusal = ShiftRejection.notCertified("A-1", queue: "Q-VOICE", .expired("TAB-SLATE", on: "2027-03-02"))
        #expect(throws: refusal) {
            try Schedule.decide(self.plan("2027-03-03", "09:00", "17:00"), state: nil, context: context)
        }
        #expect(refusal.description == "Agent A-1 cannot be scheduled on queue Q-VOICE for this shift: the "
            + "certification for program TAB-SLATE expired on 2027-03-02 (field queues).")
    }

    @Test func aCertificationEndingMidShiftRefusesTheWholeShift() throws {
        let (_, context) = try scheduling()
        #expect(throws: ShiftRejection.notCertified(
            "A-1", queue: "Q-VOICE", .endsDuringShift("TAB-SLATE", .expires(on: "2027-03-02")))) {
            try Schedule.decide(self.plan("2027-03-01", "20:00", "04:00"), state: nil, context: context)
        }
    }

    @Test func aNeverCertifiedAgentIsRefused() throws {
        let manila = try Scheduling(site: World.manila())
        let context = ShiftContext(agent: manila.agent, site: manila.site, knownQueues: manila.knownQueues,
                                   certifications: ["Q-VOICE": .init(agentID: "A-1", programID: "TAB-SLATE",
                                                                     intervals: [])])
        #expect(throws: ShiftRejection.notCertified("A-1", queue: "Q-VOICE", .neverCertified("TAB-SLATE"))) {
            try Schedule.decide(self.plan("2026-11-27", "09:00", "17:00"), state: nil, context: context)
        }
    }

    @Test func everyQueueOfTheShiftIsChecked() throws {
        let (_, context) = try scheduling()
        #expect(try Schedule.decide(plan("2027-03-03", "09:00", "17:00", queues: ["Q-CHAT"]), state: nil,
                                    context: context).count == 1)
        #expect(throws: ShiftRejection.notCertified("A-1", queue: "Q-VOICE", .expired("TAB-SLATE", on: "2027-03-02"))) {
            try Schedule.decide(self.plan("2027-03-03", "09:00", "17:00", queues: ["Q-CHAT", "Q-VOICE"]), state: nil,
                                context: context)
        }
    }

    @Test func contextsWithoutCertificationsKeepPlanningAsBefore() throws {
        let manila = try Scheduling(site: World.manila())
        #expect(manila.context.certifications.isEmpty)
        #expect(try manila.planned(manila.plan(on: "2027-03-03", from: "09:00", to: "17:00")).shiftID == "S-1")
    }
}
