import CallboardDomain
import Testing

/// Zone names are exactly names of the timezone database: Foundation reads
/// `Europe/Berlin` followed by a NUL byte as UTC and `GMT+5` as a fixed offset, so such
/// names are refused before any lookup (issue 11, item 1).
@Suite struct TimeZoneIDTests {
    @Test(arguments: ["Asia/Manila", "Europe/Sofia", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC", "America/Port-au-Prince"])
    func realNamesAreAccepted(name: String) throws {
        let zone = try TimeZoneID(validating: name)
        #expect(zone.timeZone != nil)
        #expect(TimeZoneID.problem(with: name) == nil)
    }

    @Test(arguments: [
        ("Europe/Berlin\u{0}", TimeZoneNameProblem.Reason.characters), ("Europe/Berlin\n", .characters),
        ("Europe/Berlin ", .characters), (" Europe/Berlin", .characters), ("Europe/../Berlin", .characters),
        ("/Europe/Berlin", .characters), ("Europe//Berlin", .characters), ("Europe/Berlin/", .characters),
        ("Europe/Bérlin", .characters), ("", .length), (String(repeating: "A", count: 65), .length),
        ("GMT+5", .unknown), ("UTC+01:00", .characters), ("Mars/Olympus", .unknown), ("europe/berlin", .unknown),
    ])
    func otherNamesAreRefusedWithTheReason(name: String, reason: TimeZoneNameProblem.Reason) {
        #expect(TimeZoneID.problem(with: name)?.reason == reason, "\(name.debugDescription)")
        #expect(TimeZoneID(name).timeZone == nil, "\(name.debugDescription)")
        #expect(throws: TimeZoneNameProblem.self) { try TimeZoneID(validating: name) }
    }

    @Test func messagesShowControlCharacters() {
        #expect(TimeZoneNameProblem.visible("Europe/Berlin\u{0}") == "Europe/Berlin\\0")
        #expect(TimeZoneNameProblem.visible(String(repeating: "x", count: 200)).count == 83)
    }
}
