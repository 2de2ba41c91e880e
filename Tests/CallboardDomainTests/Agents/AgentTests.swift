import Testing
@testable import CallboardDomain

@Suite("Agents")
struct AgentTests {
    private func hire(_ id: AgentID = "A-1", site: SiteID = "MNL") -> HireAgent {
        HireAgent(
            agentID: id, siteID: site, name: "Maria Santos",
            languages: [LanguageSkill("tl", .native), LanguageSkill("en", .fluent)],
            skills: [.voice, .chat], hiredOn: "2026-01-05")
    }

    private func apply(_ events: [AgentEvent], to agent: AgentState) -> AgentState {
        events.reduce(agent) { Agent.evolve($0, $1) }
    }

    @Test func hiringAtAnOpenSiteStartsInTraining() throws {
        let events = try Agent.decide(.hire(hire()), state: nil, context: .init(site: World.manila()))
        let agent = try #require(Agent.fold(events))
        #expect(agent.status == .training)
        #expect(agent.siteID == "MNL")
        #expect(agent.languages.map(\.language) == ["en", "tl"])
        #expect(agent.skills == [.chat, .voice])
    }

    @Test func hiringNeedsTheSiteOpened() throws {
        #expect(throws: AgentRejection.siteNotOpened("MNL")) { try Agent.decide(.hire(hire()), state: nil) }
        #expect(throws: AgentRejection.siteNotOpened("MNL")) {
            try Agent.decide(.hire(hire()), state: nil, context: .init(site: World.sofia()))
        }
    }

    @Test func hiringAtAClosedSiteIsRefused() throws {
        #expect(throws: AgentRejection.siteClosed("MNL")) {
            try Agent.decide(.hire(hire()), state: nil, context: .init(site: World.closed(World.manila())))
        }
    }

    @Test func hiringTwiceIsRefused() throws {
        let site = try World.manila()
        let agent = try World.hire("A-1", at: site)
        #expect(throws: AgentRejection.alreadyHired("A-1")) {
            try Agent.decide(.hire(hire()), state: agent, context: .init(site: site))
        }
    }

    @Test func hiringReportsEveryInvalidField() throws {
        var bad = hire("bad id")
        bad.name = ""
        bad.languages = [LanguageSkill("English", .native)]
        bad.skills = []
        let error = try #require(throws: AgentRejection.self) {
            try Agent.decide(.hire(bad), state: nil, context: .init(site: World.manila()))
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["agentID", "name", "languages", "skills"])
    }

    @Test func statusFollowsTheLifecycle() throws {
        var agent = try World.hire("A-1", at: World.manila())
        for next: AgentStatus in [.nesting, .live, .onLeave, .live] {
            agent = apply(
                try Agent.decide(
                    .changeStatus(agent: "A-1", to: next, effectiveOn: "2026-02-01", reason: ""),
                    state: agent), to: agent)
            #expect(agent.status == next)
        }
    }

    @Test func illegalTransitionIsExplained() throws {
        let agent = try World.hire("A-1", at: World.manila())
        let refusal = AgentRejection.illegalTransition("A-1", from: .training, to: .live)
        #expect(throws: refusal) {
            try Agent.decide(
                .changeStatus(agent: "A-1", to: .live, effectiveOn: "2026-02-01", reason: ""), state: agent)
        }
        #expect(
            refusal.description == "Agent A-1 cannot go from training to live (field status): from training an "
                + "agent can only go to nesting, on leave or left; an agent goes live only after nesting.")
    }

    @Test func leftIsTerminal() throws {
        var agent = try World.hire("A-1", at: World.manila())
        agent = apply(
            try Agent.decide(
                .changeStatus(agent: "A-1", to: .left, effectiveOn: "2026-03-01", reason: "resigned"),
                state: agent), to: agent)
        #expect(agent.hasLeft)
        for command: AgentCommand in [
            .changeStatus(agent: "A-1", to: .training, effectiveOn: "2026-04-01", reason: ""),
            .transfer(agent: "A-1", to: "SOF", effectiveOn: "2026-04-01"),
            .changeSkills(agent: "A-1", skills: [.email], effectiveOn: "2026-04-01"),
        ] {
            #expect(throws: AgentRejection.hasLeft("A-1")) {
                try Agent.decide(command, state: agent, context: .init(site: World.sofia()))
            }
        }
    }

    @Test func changesNeedAHiredAgent() {
        #expect(throws: AgentRejection.notHired("A-9")) {
            try Agent.decide(.changeSkills(agent: "A-9", skills: [.email], effectiveOn: "2026-04-01"), state: nil)
        }
    }

    @Test func transferMovesToAnotherOpenSite() throws {
        let agent = try World.hire("A-1", at: World.manila())
        let events = try Agent.decide(
            .transfer(agent: "A-1", to: "SOF", effectiveOn: "2026-05-04"),
            state: agent, context: .init(site: World.sofia()))
        #expect(
            events == [.transferred(.init(agentID: "A-1", fromSite: "MNL", toSite: "SOF", effectiveOn: "2026-05-04"))])
        #expect(apply(events, to: agent).siteID == "SOF")
    }

    @Test func transferRefusals() throws {
        let agent = try World.hire("A-1", at: World.manila())
        #expect(throws: AgentRejection.alreadyAtSite("A-1", "MNL")) {
            try Agent.decide(
                .transfer(agent: "A-1", to: "MNL", effectiveOn: "2026-05-04"), state: agent,
                context: .init(site: World.manila()))
        }
        #expect(throws: AgentRejection.siteNotOpened("SOF")) {
            try Agent.decide(.transfer(agent: "A-1", to: "SOF", effectiveOn: "2026-05-04"), state: agent)
        }
        #expect(throws: AgentRejection.siteClosed("SOF")) {
            try Agent.decide(
                .transfer(agent: "A-1", to: "SOF", effectiveOn: "2026-05-04"), state: agent,
                context: .init(site: World.closed(World.sofia())))
        }
    }

    @Test func languageChanges() throws {
        let agent = try World.hire("A-1", at: World.manila())
        let spanish = [LanguageSkill("en", .fluent), LanguageSkill("es", .working)]
        let events = try Agent.decide(
            .changeLanguages(agent: "A-1", languages: spanish, effectiveOn: "2026-06-01"), state: agent)
        let changed = apply(events, to: agent)
        #expect(changed.languages == spanish)
        #expect(
            try Agent.decide(
                .changeLanguages(agent: "A-1", languages: spanish.reversed(), effectiveOn: "2026-06-02"),
                state: changed
            ).isEmpty)
        #expect(
            throws: AgentRejection.invalidFields([
                .init(field: "languages", value: "an empty list", rule: "must name at least one")
            ])
        ) {
            try Agent.decide(.changeLanguages(agent: "A-1", languages: [], effectiveOn: "2026-06-01"), state: agent)
        }
    }

    @Test func skillChanges() throws {
        let agent = try World.hire("A-1", at: World.manila())
        let events = try Agent.decide(
            .changeSkills(agent: "A-1", skills: [.social, .email], effectiveOn: "2026-06-01"), state: agent)
        #expect(apply(events, to: agent).skills == [.email, .social])
        #expect(
            try Agent.decide(
                .changeSkills(agent: "A-1", skills: [.voice, .chat], effectiveOn: "2026-06-01"), state: agent
            ).isEmpty)
        #expect(
            throws: AgentRejection.invalidFields([
                .init(
                    field: "skills", value: "email, email",
                    rule: "must not repeat an entry")
            ])
        ) {
            try Agent.decide(
                .changeSkills(agent: "A-1", skills: [.email, .email], effectiveOn: "2026-06-01"), state: agent)
        }
    }
}
