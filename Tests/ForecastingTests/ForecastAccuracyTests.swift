import Testing
import Forecasting

@Suite("Forecast accuracy")
struct ForecastAccuracyTests {
    @Test("WAPE and bias weight errors by volume")
    func wapeAndBias() {
        let accuracy = ForecastAccuracy(forecasts: [110, 90, 0], actuals: [100, 100, 0])
        #expect(accuracy.wape == 0.1)
        #expect(accuracy.bias == 0)
        #expect(accuracy.count == 3)
        let over = ForecastAccuracy(forecasts: [120, 100], actuals: [100, 100])
        #expect(over.wape == 0.1)
        #expect(over.bias == 0.1)
    }

    @Test("No offered volume: WAPE and bias are undefined, not infinite")
    func nothingOffered() {
        let accuracy = ForecastAccuracy(forecasts: [3, 4], actuals: [0, 0])
        #expect(accuracy.wape == nil)
        #expect(accuracy.bias == nil)
        #expect(accuracy.description.contains("n/a"))
    }
}
