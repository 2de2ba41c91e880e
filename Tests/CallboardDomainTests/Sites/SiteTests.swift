import Testing
@testable import CallboardDomain

@Suite("Sites")
struct SiteTests {
    private let santaCruz = OpenSite(
        siteID: "SCZ", name: "Santa Cruz", country: "BO", timeZone: "America/La_Paz",
        seats: 250, languages: ["es", "en", "pt"],
        holidays: [.init(date: "2026-08-06", name: "Independence Day")], openedOn: "2022-03-01")

    @Test func openingRecordsTheSiteWithTenHourDefault() throws {
        let events = try Site.decide(.open(santaCruz), state: nil)
        let site = try #require(Site.fold(events))
        #expect(events.map(\.eventType) == ["SiteOpened"])
        #expect(site.timeZoneID == "America/La_Paz")
        #expect(site.languages == ["en", "es", "pt"])
        #expect(site.maximumShiftMinutes == 600)
        #expect(site.holidays["2026-08-06"] == "Independence Day")
        #expect(!site.isClosed)
    }

    @Test func openingReportsEveryInvalidField() throws {
        var bad = santaCruz
        bad.siteID = "S CZ"
        bad.name = " "
        bad.country = "UK"
        bad.timeZone = "America/Santa_Cruz"
        bad.seats = 0
        bad.languages = ["es", "ES"]
        bad.holidays = [.init(date: "2026-08-06", name: "A"), .init(date: "2026-08-06", name: "")]
        bad.maximumShiftMinutes = 0
        let error = try #require(throws: SiteRejection.self) { try Site.decide(.open(bad), state: nil) }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(
            problems.map(\.field) == [
                "siteID", "name", "country", "timeZone", "seats", "languages",
                "holidays", "holidays.name", "maximumShiftMinutes",
            ])
        #expect(
            error.description.contains(
                "timeZone must be a known IANA timezone such as Asia/Manila or Europe/Sofia, "
                    + "but was 'America/Santa_Cruz'."
            ))
        #expect(error.description.contains("seats must be greater than zero, but was 0."))
    }

    @Test func openingNeedsALanguage() {
        var bad = santaCruz
        bad.languages = []
        #expect(
            throws: SiteRejection.invalidFields([
                FieldProblem(
                    field: "languages", value: "an empty list",
                    rule: "must name at least one")
            ])
        ) {
            try Site.decide(.open(bad), state: nil)
        }
    }

    @Test func openingTwiceIsRefused() throws {
        let site = try World.santaCruz()
        #expect(throws: SiteRejection.alreadyOpened("SCZ")) { try Site.decide(.open(santaCruz), state: site) }
    }

    @Test func changesNeedAnOpenedSite() {
        #expect(throws: SiteRejection.notOpened("XYZ")) {
            try Site.decide(.changeSeats(site: "XYZ", seats: 10, effectiveOn: "2026-01-01"), state: nil)
        }
    }

    @Test func seatChangesKeepThePreviousCount() throws {
        let site = try World.manila()
        let events = try Site.decide(.changeSeats(site: "MNL", seats: 120, effectiveOn: "2026-09-01"), state: site)
        #expect(
            events == [.seatsChanged(.init(siteID: "MNL", previousSeats: 100, seats: 120, effectiveOn: "2026-09-01"))])
        #expect(events.reduce(site) { Site.evolve($0, $1) }.seats == 120)
    }

    @Test func sameSeatCountChangesNothing() throws {
        #expect(
            try Site.decide(.changeSeats(site: "MNL", seats: 100, effectiveOn: "2026-09-01"), state: World.manila())
                .isEmpty)
    }

    @Test func seatsMustBePositive() throws {
        #expect(
            throws: SiteRejection.invalidFields([.init(field: "seats", value: "-5", rule: "must be greater than zero")])
        ) {
            try Site.decide(.changeSeats(site: "MNL", seats: -5, effectiveOn: "2026-09-01"), state: World.manila())
        }
    }

    @Test func holidaysAreAddedOncePerDate() throws {
        let site = try World.manila()
        let rizal = Holiday(date: "2026-12-30", name: "Rizal Day")
        let events = try Site.decide(.addHoliday(site: "MNL", holiday: rizal), state: site)
        let withHoliday = events.reduce(site) { Site.evolve($0, $1) }
        #expect(withHoliday.holidays["2026-12-30"] == "Rizal Day")
        #expect(try Site.decide(.addHoliday(site: "MNL", holiday: rizal), state: withHoliday).isEmpty)
        let clash = SiteRejection.holidayDateTaken("MNL", date: "2026-12-30", existingName: "Rizal Day")
        #expect(throws: clash) {
            try Site.decide(
                .addHoliday(site: "MNL", holiday: .init(date: "2026-12-30", name: "Other")), state: withHoliday)
        }
        #expect(clash.description == "Site MNL already has the holiday 'Rizal Day' on 2026-12-30 (field holiday.date).")
    }

    @Test func holidayNeedsAName() throws {
        #expect(
            throws: SiteRejection.invalidFields([.init(field: "holiday.name", value: "''", rule: "must not be empty")])
        ) {
            try Site.decide(
                .addHoliday(site: "MNL", holiday: .init(date: "2026-12-25", name: "")), state: World.manila())
        }
    }

    @Test func aClosedSiteAcceptsNoMoreChanges() throws {
        let closed = try World.closed(World.manila())
        #expect(closed.isClosed)
        for command: SiteCommand in [
            .changeSeats(site: "MNL", seats: 5, effectiveOn: "2026-07-01"),
            .addHoliday(site: "MNL", holiday: .init(date: "2026-12-25", name: "Christmas")),
            .close(site: "MNL", closedOn: "2026-07-01", reason: "again"),
        ] {
            #expect(throws: SiteRejection.closed("MNL")) { try Site.decide(command, state: closed) }
        }
        #expect(SiteRejection.closed("MNL").description == "Site MNL is closed and accepts no more changes.")
    }
}
