import Crypto
import EventStore
import Foundation
import Testing

/// The one hex encoder every digest travels through (migration checksums, token hashes,
/// ETags, pseudonyms): two lowercase digits a byte, high nibble first, so the texts already
/// stored (checksums of applied migrations, token hashes) read the same as before.
@Suite struct LowercaseHexTests {
    @Test func everyByteIsTwoLowercaseDigits() {
        #expect(LowercaseHex.encode([UInt8]()) == "")
        #expect(LowercaseHex.encode([0x00, 0x01, 0x0F, 0x10, 0x9A, 0xAB, 0xF0, 0xFF]) == "00010f109aabf0ff")
        let all = LowercaseHex.encode((0...255).map { UInt8($0) })
        #expect(all.utf8.count == 512)
        for byte in 0...255 {
            let digits = all.utf8.dropFirst(2 * byte).prefix(2)
            #expect(Int(String(decoding: digits, as: UTF8.self), radix: 16) == byte)
            #expect(digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) })
        }
    }

    @Test func digestsAndMigrationChecksumsReadAsBefore() {
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(LowercaseHex.encode(SHA256.hash(data: Data("abc".utf8))) == abc)
        #expect(LowercaseHex.encode(SHA256.hash(data: Data("abc".utf8)).prefix(4)) == "ba7816bf")
        #expect(Migration(version: 1, name: "event_store", sql: "abc").checksum == abc)
    }
}
