import CallboardDomain
import Foundation
import Testing

/// A day past 9999-12-31 that day arithmetic produced and an older version stored (the end
/// of an overnight shift on 9999-12-31) decodes, so its stream loads and can be corrected;
/// parsing input still refuses it.
@Suite struct StoredDateBeyond9999Tests {
    @Test func aStoredFiveDigitYearDecodesButIsNotAcceptedAsInput() throws {
        let end = LocalDate(daysSinceEpoch: LocalDate("9999-12-31").daysSinceEpoch + 1)
        #expect(end.description == "10000-01-01")
        let decoded = try JSONDecoder().decode([LocalDate].self, from: Data(#"["10000-01-01"]"#.utf8))
        #expect(decoded == [end])
        #expect(LocalDate(parsing: "10000-01-01") == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["10000-13-01"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-1-01"]"#.utf8)) }
    }
}
