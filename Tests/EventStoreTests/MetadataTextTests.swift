@testable import EventStore
import Foundation
import Testing

/// Appends write metadata with a hand-written JSON writer (issue 17): it must mean exactly
/// what JSONEncoder wrote, for any text.
@Suite("Metadata as JSON text")
struct MetadataTextTests {
    @Test(arguments: [
        EventMetadata(),
        EventMetadata(correlationID: "req-1", actor: "agent-7", source: "acd-import"),
        EventMetadata(correlationID: "a\"b\\c/d", causationID: "line\nbreak\ttab\rret", actor: "\u{01}\u{1F}ctl",
                      source: "Zoë 東京 🚀"),
        EventMetadata(causationID: ""),
    ])
    func meansWhatJSONEncoderWrites(_ metadata: EventMetadata) throws {
        let decoded = try JSONDecoder().decode(EventMetadata.self, from: Data(metadata.jsonText.utf8))
        #expect(decoded == metadata)
        let reference = try JSONSerialization.jsonObject(with: Data(JSONCoding.text(metadata).utf8)) as? NSDictionary
        let written = try JSONSerialization.jsonObject(with: Data(metadata.jsonText.utf8)) as? NSDictionary
        #expect(written == reference)
    }
}
