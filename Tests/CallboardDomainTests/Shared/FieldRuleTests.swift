import Testing
@testable import CallboardDomain

@Suite("Field rules: identifiers, languages, countries, timezones")
struct FieldRuleTests {
    @Test(arguments: ["MNL", "A-1001", "tab.voice_en", String(repeating: "x", count: 64)])
    func wellFormedIdentifiers(_ raw: String) { #expect(SiteID(raw).isWellFormed) }

    @Test(arguments: ["", "has space", "slash/no", "ñandú", String(repeating: "x", count: 65)])
    func malformedIdentifiers(_ raw: String) { #expect(!SiteID(raw).isWellFormed) }

    @Test(arguments: ["en", "tl", "es", "pt", "de", "fr", "ko", "ms", "zh", "pt-BR", "zh-Hans", "fil"])
    func wellFormedLanguages(_ raw: String) { #expect(LanguageCode(raw).isWellFormed) }

    @Test(arguments: ["", "EN", "e", "english", "en_US", "en-", "en-x"])
    func malformedLanguages(_ raw: String) { #expect(!LanguageCode(raw).isWellFormed) }

    @Test func countriesAreISOAlpha2() {
        for code: CountryCode in ["PH", "BO", "BG", "KR", "MY", "US", "GB", "DE", "FR", "BE", "MX", "BR"] {
            #expect(code.isAssigned)
        }
        for code: CountryCode in ["UK", "XX", "ph", "PHL", ""] { #expect(!code.isAssigned) }
    }

    @Test func ukGetsAHint() {
        var checks = FieldChecks()
        checks.requireCountry("UK", "markets")
        #expect(
            checks.problems.first?.description
                == "markets must be an ISO 3166 two-letter country code such as PH, US or GB "
                + "(the United Kingdom is GB), but was 'UK'."
        )
    }

    @Test func timeZonesMustBeKnown() {
        #expect(TimeZoneID("Asia/Manila").timeZone != nil)
        #expect(TimeZoneID("Mars/Olympus").timeZone == nil)
        #expect(TimeZoneID("europe/sofia").timeZone == nil)
    }

    @Test func problemsReadAsSentences() {
        let problem = FieldProblem(field: "seats", value: "0", rule: "must be greater than zero")
        #expect(problem.description == "seats must be greater than zero, but was 0.")
    }
}
