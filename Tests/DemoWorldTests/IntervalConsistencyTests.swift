import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// Every interval row of the full world obeys the importer's consistency rules and looks
    /// like a real telephony or ticketing report.
    @Suite struct IntervalConsistencyTests {
        @Test(arguments: [DemoScale.small, .full])
        func everyIntervalRowIsConsistent(scale: DemoScale) {
            let world = scale == .full ? Worlds.full : Worlds.small
            var checked = 0
            for file in world.files(of: .intervals) {
                var previous = Int.min
                for row in scale == .full ? Worlds.fullIntervalRows(file.fileName) : IntervalRow.all(in: file) {
                    checked += 1
                    let fine = row.minutes == 30 && row.start % 1_800 == 0 && row.start > previous
                        && row.offered >= 0 && row.handled >= 0 && row.abandoned >= 0 && row.answeredWithinSLA >= 0
                        && row.handled + row.abandoned <= row.offered
                        && row.answeredWithinSLA <= row.handled
                        && (row.shortAbandoned ?? 0) <= row.abandoned && (row.shortAbandoned ?? 0) >= 0
                        && (row.handled == 0) == (row.handleSeconds == 0)
                        && "intervals-\(row.queue).csv" == file.fileName
                    if !fine {
                        Issue.record("inconsistent row in \(file.fileName): \(row)")
                        return
                    }
                    previous = row.start
                }
            }
            #expect(checked == world.summary.intervalRows)
        }

        @Test func handleTimesAreRealisticPerChannel() {
            let ranges: [String: ClosedRange<Double>] = [
                "voice": 240...600, "chat": 300...800, "email": 150...600, "social": 120...400,
            ]
            for file in Worlds.full.files(of: .intervals) {
                let channel = file.fileName.split(separator: "-")[2]
                let rows = Worlds.fullIntervalRows(file.fileName)
                let handled = rows.reduce(0) { $0 + $1.handled }
                let seconds = rows.reduce(0) { $0 + $1.handleSeconds }
                let average = Double(seconds) / Double(max(1, handled))
                #expect(ranges[String(channel)]?.contains(average) == true, "\(file.fileName): AHT \(average)")
            }
        }

        @Test func messagesHaveNoAbandonsAndCallsDo() {
            for file in Worlds.full.files(of: .intervals) {
                let rows = Worlds.fullIntervalRows(file.fileName)
                let abandoned = rows.reduce(0) { $0 + $1.abandoned }
                let offered = rows.reduce(0) { $0 + $1.offered }
                if file.fileName.contains("-email-") || file.fileName.contains("-social-") {
                    #expect(abandoned == 0, "\(file.fileName)")
                    #expect(rows.allSatisfy { $0.shortAbandoned == nil }, "\(file.fileName)")
                } else {
                    let rate = Double(abandoned) / Double(offered)
                    #expect((0.01...0.12).contains(rate), "\(file.fileName): abandonment \(rate)")
                }
            }
        }
    }
}
