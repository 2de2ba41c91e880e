import Foundation

/// Event ids derived from the fact they record, so importing the same row twice yields the
/// same id and the event store can refuse the duplicate: imports are idempotent.
///
/// An id is a name-based UUID (RFC 9562 version 5, SHA-1): first a namespace UUID is derived
/// from Callboard's root namespace and the namespace string (by convention the event type),
/// then the id from that namespace and the natural key.
public enum DeterministicEventID: Sendable {
    /// The root of all Callboard event ids: UUIDv5 of the URL namespace and `urn:callboard:events`.
    public static let root = nameBased(namespace: urlNamespace, name: "urn:callboard:events")

    /// The id of the fact `naturalKey` within `namespace`.
    public static func make(namespace: String, naturalKey: String) -> UUID {
        nameBased(namespace: nameBased(namespace: root, name: namespace), name: naturalKey)
    }

    /// A version 5 UUID of `name` in `namespace` (RFC 9562, section 5.5).
    public static func nameBased(namespace: UUID, name: String) -> UUID {
        let n = namespace.uuid
        let namespaceBytes = [n.0, n.1, n.2, n.3, n.4, n.5, n.6, n.7,
                              n.8, n.9, n.10, n.11, n.12, n.13, n.14, n.15]
        var b = Array(SHA1.digest(namespaceBytes + Array(name.utf8)).prefix(16))
        b[6] = (b[6] & 0x0F) | 0x50  // version 5
        b[8] = (b[8] & 0x3F) | 0x80  // RFC variant
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                           b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    /// RFC 9562's predefined namespace for URLs, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static let urlNamespace = UUID(uuid: (0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1,
                                          0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8))
}
