import Foundation
import Testing
@testable import CallboardDomain

@Suite("Site scorecard settings: weights and targets as events")
struct SiteScorecardTests {
    private func configure(
        _ configuration: ScorecardConfiguration, from month: LocalMonth = "2026-12", at instant: String = "2026-11-23T09:00:00Z"
    ) -> ConfigureScorecard {
        ConfigureScorecard(siteID: "MNL", effectiveFrom: month, configuration: configuration, configuredAt: utc(instant),
                           configuredBy: "director.cruz")
    }

    private func heavierQA() throws -> ScorecardConfiguration {
        ScorecardConfiguration(weights: try ScorecardWeights(qualityAssurance: 0.40, customerSatisfaction: 0.15))
    }

    @Test func aValidConfigurationIsRecordedAndAppliesFromItsMonth() throws {
        let context = SiteScorecardContext(site: try World.manila())
        let events = try SiteScorecard.decide(configure(try heavierQA()), state: nil, context: context)
        #expect(events.count == 1)
        #expect(SiteScorecard.streamID(for: configure(try heavierQA())) == "scorecard-MNL")
        let state = try #require(SiteScorecard.fold(events))
        #expect(state.configuration(for: "2026-11") == .standard)
        #expect(state.configuration(for: "2026-12") == (try heavierQA()))
        #expect(state.configuration(for: "2027-05") == (try heavierQA()))
        // The same settings again change nothing.
        #expect(try SiteScorecard.decide(configure(try heavierQA()), state: state, context: context).isEmpty)
    }

    @Test func weightsThatDoNotAddUpAreRefused() throws {
        // Built by decoding, as a command from JSON would be: the initialiser's check is bypassed.
        var json = String(decoding: try EventJSON.makeEncoder().encode(ScorecardConfiguration.standard), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"qualityAssurance\":0.3", with: "\"qualityAssurance\":0.5")
        let broken = try EventJSON.makeDecoder().decode(ScorecardConfiguration.self, from: Data(json.utf8))
        let context = SiteScorecardContext(site: try World.manila())
        let refusal = #expect(throws: SiteScorecardRejection.self) {
            try SiteScorecard.decide(self.configure(broken), state: nil, context: context)
        }
        guard case let .invalidConfiguration(.weightsDoNotAddUp(total))? = refusal else { Issue.record("\(String(describing: refusal))"); return }
        #expect(abs(total - 1.2) < 1e-9)
        #expect(refusal?.description == "The scorecard weights must add up to 100%, but add up to 120.0%.")
    }

    @Test func aMonthAlreadyOverOnTheSiteClockIsNeverRescored() throws {
        let context = SiteScorecardContext(site: try World.manila())
        // 16:30 UTC on 30 November is 00:30 on 1 December in Manila: November is over there.
        let refusal = SiteScorecardRejection.monthAlreadyOver("MNL", "2026-11", current: "2026-12")
        #expect(throws: refusal) {
            try SiteScorecard.decide(self.configure(.standard, from: "2026-11", at: "2026-11-30T16:30:00Z"),
                                     state: nil, context: context)
        }
        // 15:30 UTC is 23:30 on 30 November in Manila: November may still be configured.
        #expect(try SiteScorecard.decide(configure(try heavierQA(), from: "2026-11", at: "2026-11-30T15:30:00Z"),
                                         state: nil, context: context).count == 1)
        #expect(throws: SiteScorecardRejection.siteNotOpened("MNL")) {
            try SiteScorecard.decide(self.configure(.standard), state: nil, context: SiteScorecardContext())
        }
    }

    @Test func theLatestMonthNotAfterTheOneScoredApplies() throws {
        let context = SiteScorecardContext(site: try World.manila())
        var state: SiteScorecardState?
        for command in [configure(try heavierQA(), from: "2027-01"), configure(.standard, from: "2026-12")] {
            state = try SiteScorecard.decide(command, state: state, context: context).reduce(state) { SiteScorecard.evolve($0, $1) }
        }
        #expect(state?.configuration(for: "2026-12") == .standard)
        #expect(state?.configuration(for: "2027-02") == (try heavierQA()))
        #expect(state?.entry(for: "2026-11") == nil)
    }

    @Test func handleTimeTargetsFollowTheChannelMix() {
        let targets = HandleTimeTargets.standard
        let mixed: Double = (420 * 300 + 360 * 100) / 400
        #expect(targets.seconds(forContacts: [.voice: 300, .email: 100]) == mixed)
        #expect(targets.seconds(forContacts: [:]) == 0)
        #expect(throws: ScorecardConfigurationError.targetNotPositive("handleTime.chat", 0)) {
            try HandleTimeTargets(chat: 0)
        }
    }
}
