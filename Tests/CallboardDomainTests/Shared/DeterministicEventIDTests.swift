import Foundation
import Testing
@testable import CallboardDomain

@Suite("Deterministic event ids")
struct DeterministicEventIDTests {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func sha1MatchesFIPSVectors() {
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(hex(SHA1.digest(Array(twoBlocks.utf8))) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(
            hex(SHA1.digest(Array(repeating: UInt8(ascii: "a"), count: 1_000)))
                == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test func nameBasedUUIDMatchesRFCExample() {
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(
            DeterministicEventID.nameBased(namespace: dns, name: "www.example.com").uuidString.lowercased()
                == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func urlNamespaceIsRFCs() {
        #expect(DeterministicEventID.urlNamespace.uuidString == "6BA7B811-9DAD-11D1-80B4-00C04FD430C8")
    }

    /// Pinned values (they match Python's `uuid.uuid5`): if these change, every previously
    /// imported event would get a new id and re-imports would duplicate facts.
    @Test func idsArePinned() {
        #expect(DeterministicEventID.root.uuidString == "98815DB4-F24A-54C9-B5C7-9CBABBEECB46")
        #expect(
            DeterministicEventID.make(namespace: "SiteOpened", naturalKey: "MNL").uuidString
                == "BA2FEB83-EE65-5FF5-9277-0A5F65BB56EF")
    }

    @Test func sameFactSameID() {
        let first = DeterministicEventID.make(namespace: "IntervalReported", naturalKey: "Q1|2026-03-02T01:00:00Z")
        let again = DeterministicEventID.make(namespace: "IntervalReported", naturalKey: "Q1|2026-03-02T01:00:00Z")
        #expect(first == again)
        #expect(first.uuidString.lowercased().dropFirst(14).first == "5")  // version 5
    }

    @Test func differentKeyOrNamespaceDifferentID() {
        let base = DeterministicEventID.make(namespace: "IntervalReported", naturalKey: "Q1|2026-03-02T01:00:00Z")
        #expect(base != DeterministicEventID.make(namespace: "IntervalReported", naturalKey: "Q1|2026-03-02T01:15:00Z"))
        #expect(
            base != DeterministicEventID.make(namespace: "IntervalCorrected", naturalKey: "Q1|2026-03-02T01:00:00Z"))
    }

    @Test func reimportingAnIntervalYieldsTheSameEventID() throws {
        let report = ContactIntervalReport(
            queueID: "TAB-VOICE-EN-US", start: utc("2026-03-02T14:00:00Z"),
            length: .fifteenMinutes, figures: .sample)
        let first = try ContactIntervals.decide(report, state: nil)
        let second = try ContactIntervals.decide(report, state: nil)
        #expect(first.map(\.eventID) == second.map(\.eventID))
        #expect(
            first.first?.eventID
                == DeterministicEventID.make(
                    namespace: "IntervalReported", naturalKey: "TAB-VOICE-EN-US|2026-03-02T14:00:00Z"))
    }
}
