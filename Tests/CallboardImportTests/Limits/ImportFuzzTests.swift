import CallboardDomain
import FuzzSupport
import CallboardImport
import Foundation
import Testing

/// Property: whatever a file holds, every importer either reads a row into commands the
/// domain accepts (and whose events store and read back unchanged, with every number fitting
/// an `integer` column) or refuses it with a line-numbered reason. Never a trap. Seeded, so
/// a failure reproduces; a few hundred mutated files per kind.
@Suite struct ImportFuzzTests {
    static let iterations = 300

    @Test(arguments: ImportKind.allCases)
    func everyMutatedFileIsReadOrRefusedLineByLine(kind: ImportKind) throws {
        let sample = try SampleTexts.text(kind)
        var random = SeededRandom(seed: 0xC0FFEE ^ UInt64(ImportKind.allCases.firstIndex(of: kind)!))
        for iteration in 0..<Self.iterations {
            let text = RowMutation.mutate(sample, count: 1 + iteration % 4, using: &random)
            try FuzzCheck.file(kind, text)
        }
    }

    @Test(arguments: ImportKind.allCases)
    func randomBytesAreDecodedOrRefusedWithTheirLine(kind: ImportKind) throws {
        let sample = Array(try SampleTexts.text(kind).utf8)
        var random = SeededRandom(seed: 0xBADB17E ^ UInt64(ImportKind.allCases.firstIndex(of: kind)!))
        for _ in 0..<Self.iterations {
            var bytes = sample
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            let lines = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
            do {
                let text = try ImportEncoding.utf8.decode(bytes, file: kind.fileName)
                try FuzzCheck.file(kind, text)
            } catch let rejection as ImportRejection {
                #expect(rejection.problems.count == 1)
                #expect((1...lines).contains(rejection.problems[0].line))
                #expect(rejection.problems[0].reason.contains("UTF-8"))
            }
        }
    }
}

/// The checks one fuzzed file must pass, per kind with a context a real import could give.
enum FuzzCheck {
    static func file(_ kind: ImportKind, _ text: String) throws {
        switch kind {
        case .sites: check(SitesFormat.self, text, context: ())
        case .accounts: check(AccountsFormat.self, text, context: ClientAccountContext())
        case .queues: check(QueuesFormat.self, text, context: QueueContext(account: try FuzzWorld.account()))
        case .trainingPrograms:
            check(TrainingProgramsFormat.self, text, context: TrainingProgramContext(account: try FuzzWorld.account()))
        case .agents: check(AgentsFormat.self, text, context: AgentContext(site: try FuzzWorld.site()))
        case .trainingProgress: check(TrainingProgressFormat.self, text, context: CertificationContext())
        case .shifts: check(ShiftsFormat.self, text, context: try FuzzWorld.shiftContext())
        case .intervals: check(IntervalsFormat.self, text, context: ())
        case .agentIntervals: check(AgentIntervalsFormat.self, text, context: ())
        case .qa: check(QAFormat.self, text, context: ())
        case .csat: check(CSATFormat.self, text, context: ())
        case .commendations: check(CommendationsFormat.self, text, context: ())
        case .queueClosures: check(QueueClosuresFormat.self, text, context: QueueContext())
        case .campaigns: check(CampaignsFormat.self, text, context: ClientAccountContext())
        }
    }

    static func check<Format: ImportFormat>(_ format: Format.Type, _ text: String, context: Format.Rules.Context) {
        let parsed = ParsedImport<Format>(text: text, file: Format.kind.fileName)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for problem in parsed.problems {
            #expect(problem.file == Format.kind.fileName)
            #expect((1...lines).contains(problem.line), "\(problem)")
            #expect(!problem.reason.isEmpty)
            #expect(!problem.description.unicodeScalars.contains { $0.value == 0 }, "a message must not carry a NUL")
        }
        for row in parsed.rows {
            var state: Format.Rules.State?
            for command in row.commands {
                do {
                    for event in try Format.Rules.decide(command, state: state, context: context) {
                        expectStorable(event)
                        state = Format.Rules.evolve(state, event)
                    }
                } catch {
                    #expect(!Format.problems(explaining: error).isEmpty, "a refusal names its column")
                    break
                }
            }
        }
    }

    /// An accepted event writes, reads back the same, and every number in it fits `integer`.
    static func expectStorable<Event: DomainEvent>(_ event: Event) {
        do {
            let payload = try event.encodedPayload()
            let decoded = try Event.decode(type: event.eventType, schemaVersion: event.schemaVersion, payload: payload)
            #expect(decoded == event, "\(event.eventType) does not read back as written")
            #expect(!payload.contains(0) && !String(decoding: payload, as: UTF8.self).contains("\\u0000"))
            let json = try JSONSerialization.jsonObject(with: payload)
            #expect(numbers(in: json).allSatisfy { abs($0) <= Double(Int32.max) }, "\(event.eventType) has a number past integer")
        } catch {
            Issue.record("\(event.eventType) cannot be stored and read back: \(error)")
        }
    }

    private static func numbers(in json: Any) -> [Double] {
        switch json {
        case let number as NSNumber: [number.doubleValue]
        case let array as [Any]: array.flatMap(numbers)
        case let object as [String: Any]: object.values.flatMap(numbers)
        default: []
        }
    }
}

/// The entities the fuzzed rows of the sample files refer to.
enum FuzzWorld {
    static func site() throws -> SiteState { try Fixtures.manila() }

    static func account() throws -> ClientAccountState {
        let sign = SignAccount(accountID: "TABULA", name: "Tabula Devices", markets: ["US", "GB", "DE", "FR", "BE"],
                               brands: ["Tabula"], channels: [.voice, .email, .chat], languages: ["en", "de", "fr"],
                               signedOn: "2023-09-01")
        return try #require(ClientAccount.fold(try ClientAccount.decide(.sign(sign), state: nil)))
    }

    static func shiftContext() throws -> ShiftContext { try Fixtures.shiftContext() }
}
