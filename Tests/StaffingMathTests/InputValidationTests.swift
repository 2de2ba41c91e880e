import Testing
import StaffingMath

@Suite("Inputs: targets, shrinkage and typed errors")
struct InputValidationTests {
    @Test("Service-level targets parse the scheduler's shorthand", arguments: [
        ("80/20", 80.0, 20.0), ("80%/20s", 80, 20), (" 90 / 15 ", 90, 15), ("80.5/20", 80.5, 20), ("0/0", 0, 0),
    ])
    func parsing(text: String, percent: Double, seconds: Double) throws {
        let target = try ServiceLevelTarget(parsing: text)
        #expect(target.percent == percent && target.thresholdSeconds == seconds)
    }

    @Test("Unreadable targets are refused with the text", arguments: ["80", "80/", "/20", "abc/20", "80/20/5", "", "nan/20"])
    func malformed(text: String) {
        #expect(throws: StaffingInputError.malformedServiceLevelTarget(text)) { try ServiceLevelTarget(parsing: text) }
    }

    @Test("Target ranges")
    func targetRanges() {
        #expect(throws: StaffingInputError.serviceLevelPercentOutOfRange(100)) { try ServiceLevelTarget(parsing: "100/20") }
        #expect(throws: StaffingInputError.negativeThreshold(seconds: -5)) { try ServiceLevelTarget(parsing: "80/-5") }
        #expect((try? ServiceLevelTarget(parsing: "80/20"))?.description == "80/20")
        #expect((try? ServiceLevelTarget(parsing: "92.5/7.5"))?.description == "92.5/7.5")
    }

    @Test("Shrinkage: 14 productive at 30% is 20 scheduled, not 21")
    func shrinkage() throws {
        #expect(try Shrinkage(0.3).scheduledAgents(forProductive: 14) == 20)
        #expect(try Shrinkage(0.3).scheduledAgents(forProductive: 15) == 22)
        #expect(Shrinkage.none.scheduledAgents(forProductive: 7) == 7)
        #expect(try Shrinkage(0.5).scheduledAgents(forProductive: 0) == 0)
        for bad in [1.0, -0.1, 1.5, Double.nan] {
            #expect(throws: StaffingInputError.self) { try Shrinkage(bad) }
        }
    }

    @Test("Load inputs: interval, contacts, handle time, patience")
    func loadErrors() {
        #expect(throws: StaffingInputError.nonPositiveInterval(seconds: 0)) {
            try ErlangC(contacts: 100, intervalSeconds: 0, averageHandleTimeSeconds: 180)
        }
        #expect(throws: StaffingInputError.negativeContacts(-3)) {
            try ErlangC(contacts: -3, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        }
        #expect(throws: StaffingInputError.negativeContacts(.infinity)) {
            try ErlangC(contacts: .infinity, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        }
        #expect(throws: StaffingInputError.nonPositiveHandleTime(seconds: 0)) {
            try ErlangC(contacts: 100, intervalSeconds: 1800, averageHandleTimeSeconds: 0)
        }
        #expect(throws: StaffingInputError.nonPositivePatience(seconds: 0)) {
            try ErlangA(contacts: 100, intervalSeconds: 1800, averageHandleTimeSeconds: 180, meanPatienceSeconds: 0)
        }
        #expect(throws: StaffingInputError.self) {
            try ErlangC(contacts: .nan, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        }
    }

    @Test("Goal caps")
    func goalErrors() throws {
        let target = try ServiceLevelTarget(percent: 80, thresholdSeconds: 20)
        #expect(throws: StaffingInputError.occupancyCapOutOfRange(0)) { try StaffingGoal(serviceLevel: target, maxOccupancy: 0) }
        #expect(throws: StaffingInputError.occupancyCapOutOfRange(1.2)) { try StaffingGoal(serviceLevel: target, maxOccupancy: 1.2) }
        #expect(throws: StaffingInputError.nonPositiveAnswerTimeTarget(seconds: 0)) {
            try StaffingGoal(serviceLevel: target, maxAverageSpeedOfAnswer: 0)
        }
        #expect(throws: StaffingInputError.abandonmentCapOutOfRange(0)) { try StaffingGoal(serviceLevel: target, maxAbandonment: 0) }
    }

    @Test("Every error names its field and explains itself")
    func fieldsAndMessages() {
        let errors: [(StaffingInputError, String)] = [
            (.nonPositiveInterval(seconds: 0), "interval"), (.negativeContacts(-1), "contacts"),
            (.shrinkageOutOfRange(1), "shrinkage"), (.targetUnreachable(agentLimit: 10), "agentLimit"),
            (.occupancyCapOutOfRange(2), "maxOccupancy"), (.malformedServiceLevelTarget("x"), "serviceLevelTarget"),
        ]
        for (error, field) in errors {
            #expect(error.field == field)
            #expect(!error.description.isEmpty)
        }
        #expect(StaffingInputError.shrinkageOutOfRange(1).description.contains("shrinkage"))
    }
}
