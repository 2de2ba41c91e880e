import Testing
@testable import CallboardDomain

@Suite("Agent status lifecycle")
struct AgentStatusTests {
    @Test func legalTransitionTable() {
        #expect(AgentStatus.training.allowedNext == [.nesting, .onLeave, .left])
        #expect(AgentStatus.nesting.allowedNext == [.live, .training, .onLeave, .left])
        #expect(AgentStatus.live.allowedNext == [.training, .onLeave, .left])
        #expect(AgentStatus.onLeave.allowedNext == [.training, .nesting, .live, .left])
        #expect(AgentStatus.left.allowedNext.isEmpty)
    }

    @Test(arguments: AgentStatus.allCases) func noStatusLeadsToItself(_ status: AgentStatus) {
        #expect(!status.canChange(to: status))
    }

    @Test func refusalsExplainTheRule() {
        #expect(
            AgentStatus.training.explainRefusal(to: .live)
                == "from training an agent can only go to nesting, on leave or left; "
                + "an agent goes live only after nesting"
        )
        #expect(
            AgentStatus.left.explainRefusal(to: .live) == "left is final: an agent who has left cannot change status")
        #expect(AgentStatus.live.explainRefusal(to: .live) == "the agent's status is already live")
    }
}
