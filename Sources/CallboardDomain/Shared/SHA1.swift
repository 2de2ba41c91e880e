/// SHA-1 (FIPS 180-4) in plain Swift, because Foundation on Linux has no CryptoKit.
///
/// Used only to derive name-based UUIDs (RFC 9562 version 5) for event ids, where SHA-1 is
/// what the standard prescribes; it is not used for anything security-sensitive. Imports
/// derive an id for every row, so the rounds work on fixed buffers without allocating.
enum SHA1 {
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        let bytes = padded(message)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
            bytes.withUnsafeBufferPointer { bytes in
                for chunkStart in stride(from: 0, to: bytes.count, by: 64) {
                    compress(bytes.baseAddress! + chunkStart, schedule.baseAddress!, into: &state)
                }
            }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(20)
        for word in [state.0, state.1, state.2, state.3, state.4] {
            for shift in stride(from: 24, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    private static func padded(_ message: [UInt8]) -> [UInt8] {
        var bytes = message
        bytes.reserveCapacity(message.count + 72)
        bytes.append(0x80)
        while bytes.count % 64 != 56 { bytes.append(0) }
        let bitLength = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        return bytes
    }

    /// One 64-byte block at `chunk`, with `w` as room for the 80-word message schedule.
    private static func compress(
        _ chunk: UnsafePointer<UInt8>, _ w: UnsafeMutablePointer<UInt32>,
        into state: inout (UInt32, UInt32, UInt32, UInt32, UInt32)
    ) {
        for i in 0..<16 {
            w[i] = UInt32(chunk[i * 4]) << 24 | UInt32(chunk[i * 4 + 1]) << 16
                | UInt32(chunk[i * 4 + 2]) << 8 | UInt32(chunk[i * 4 + 3])
        }
        for i in 16..<80 { w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var (a, b, c, d, e) = state
        for i in 0..<80 {
            let f: UInt32, k: UInt32
            switch i {
            case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
            case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
            case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
            default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
            }
            let next = rotate(a, 5) &+ f &+ e &+ k &+ w[i]
            (e, d, c, b, a) = (d, c, rotate(b, 30), a, next)
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }

    private static func rotate(_ value: UInt32, _ bits: UInt32) -> UInt32 {
        value << bits | value >> (32 - bits)
    }
}
