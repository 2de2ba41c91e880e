import CivilCalendar

/// The workforce of the demo world: each site's agents hired over the years since it
/// opened (more of them recently, as attrition thins older cohorts), placed in the site's
/// teams, speaking the site's languages, most live, a few cohorts in training or nesting,
/// some on leave and some gone.
enum AgentRoster {
    static func make(seed: UInt64, scale: DemoScale, window: HistoryWindow) -> [RosterAgent] {
        SiteProfile.all.flatMap { site in
            var random = SeededRandom(seed: seed, stream: "roster/\(site.id)")
            let count = scale.agents(forHeadcount: site.headcount)
            return (1...count).map { number in
                agent(number, at: site, today: window.today, now: window.now, random: &random)
            }
        }
    }

    private static func agent(_ number: Int, at site: SiteProfile, today: LocalDate, now: Int,
                              random: inout SeededRandom) -> RosterAgent {
        let team = site.teams[random.weightedIndex(site.teams.map(\.share))]
        let status = AgentStatus.mix[random.weightedIndex(AgentStatus.mix.map(\.share))].status
        let native = site.nativeLanguages[random.weightedIndex(site.nativeLanguages.map(\.weight))].language
        let names = AgentNames.forNativeLanguage(native).draw(&random)
        let dates = EmploymentDates(status: status, openedOn: site.openedOn, today: today, random: &random)
        let skills = skills(for: team, &random)
        let queues = queues(for: team, skills: skills, &random)
        return RosterAgent(
            id: RecordID.make("\(site.id)-", number, digits: 4),
            site: site, name: names.full, givenName: names.given, hiredOn: dates.hiredOn, status: status,
            statusOn: dates.statusOn, languages: languages(native: native, site: site, team: team, &random),
            skills: skills, team: team, queues: queues,
            pattern: WorkPattern(queue: queues[0], site: site, now: now, random: &random),
            traits: AgentTraits(isNew: status == .nesting, random: &random),
            contactsFrom: dates.contactsFrom, contactsUntil: dates.contactsUntil)
    }

    /// The mother tongue, the team's language (fluent if not native), and sometimes more.
    private static func languages(native: String, site: SiteProfile, team: TeamPlan,
                                  _ random: inout SeededRandom) -> [RosterAgent.SpokenLanguage] {
        var spoken = [RosterAgent.SpokenLanguage(code: native, proficiency: "native")]
        if team.language != native {
            let nativeEnglish = team.language == "en" && site.country == "PH" && random.chance(0.1)
            spoken.append(.init(code: team.language, proficiency: nativeEnglish ? "native" : "fluent"))
        }
        for (language, chance) in site.secondLanguages
        where !spoken.contains(where: { $0.code == language }) && random.chance(chance) {
            spoken.append(.init(code: language, proficiency: language == "en" ? "fluent" : "working"))
        }
        return spoken
    }

    /// Some or all of the channels the team's queues use, never none.
    private static func skills(for team: TeamPlan, _ random: inout SeededRandom) -> [Channel] {
        let channels = Channel.allCases.filter { channel in team.queues.contains { $0.channel == channel } }
        let chosen = channels.filter { _ in random.chance(0.7) }
        return chosen.isEmpty ? [random.pick(channels)] : chosen
    }

    /// The team's queues the agent's skills allow (at most three), the main one drawn by
    /// workload so big queues get more people.
    private static func queues(for team: TeamPlan, skills: [Channel],
                               _ random: inout SeededRandom) -> [QueueProfile] {
        let eligible = team.queues.filter { skills.contains($0.channel) }
        let main = eligible[random.weightedIndex(eligible.map { $0.dailyVolume * $0.handleSeconds })]
        return [main] + eligible.filter { $0.id != main.id }.prefix(2)
    }
}
