/// Bytes as lowercase hexadecimal text, two digits a byte, the way digests travel: migration
/// checksums, token hashes, ETags, agent pseudonyms. One small encoder shared by all of them,
/// because `String(format: "%02x")` per byte parses a format string and builds a Foundation
/// string for every byte (the hex of two digests was a fifth of the export API's CPU).
public enum LowercaseHex {
    /// `bytes` as `0-9a-f` digits, the high nibble of each byte first.
    @inlinable
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(2 * bytes.underestimatedCount)
        for byte in bytes {
            text.append(digit(byte >> 4))
            text.append(digit(byte & 0x0F))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The ASCII digit of a nibble (0 to 15).
    @inlinable
    static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }
}
