import CallboardOperations

/// The bearer token an `Authorization` header carries (RFC 6750): the scheme `Bearer` in any
/// case, spaces, then the token (``BearerToken``), with spaces or tabs around it allowed.
/// Read on the header's bytes: every `/v1` request passes here.
enum AuthorizationHeader {
    /// The header's bearer token; nil when the scheme is another one or the token is malformed.
    static func bearerToken(_ value: String) -> BearerToken? {
        let utf8 = value.utf8
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let start = utf8.firstIndex(where: { !isBlank($0) }),
              let space = utf8[start...].firstIndex(of: UInt8(ascii: " ")),
              Self.isBearer(utf8[start..<space]),
              let tokenStart = utf8[space...].firstIndex(where: { !isBlank($0) }),
              let tokenLast = utf8.lastIndex(where: { !isBlank($0) }), utf8[tokenLast] < 0x80 else {
            return nil
        }
        // Both ends are ASCII bytes, so the slice starts and ends on characters.
        return BearerToken(parsing: value[tokenStart...tokenLast])
    }

    /// Whether `scheme` is `bearer` in any mix of cases.
    private static func isBearer(_ scheme: Substring.UTF8View) -> Bool {
        scheme.count == 6 && zip(scheme, "bearer".utf8).allSatisfy { $0 | 0x20 == $1 }
    }
}
