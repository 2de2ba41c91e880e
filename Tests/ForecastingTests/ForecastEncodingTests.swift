import Foundation
import Testing
import Forecasting

@Suite("Forecast encoding")
struct ForecastEncodingTests {
    @Test("A forecast survives a JSON round trip, days as yyyy-MM-dd")
    func roundTrip() throws {
        let forecast = try Fixtures.forecaster.forecast(Fixtures.newYorkHistory(before: "2026-11-16"), weeks: 2)
        let data = try JSONEncoder().encode(forecast)
        #expect(try JSONDecoder().decode(Forecast.self, from: data) == forecast)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"2026-11-27\""))
        #expect(text.contains("\"blackFriday\""))
    }
}
