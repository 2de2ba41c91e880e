import CallboardDomain
import Crypto
import EventStore
import Foundation

/// Stable, unguessable stand-ins for agent ids in what clients see: a client may follow an
/// agent's certification over time ("the same person"), but never learn who it is, nor
/// match an agent across two accounts' exports.
///
/// A pseudonym is `ag_` and the first 16 hex digits of HMAC-SHA256(secret, account "|" agent).
/// Agent ids are easy to guess (`MNL-0001`), so a plain hash would be reversible; the secret
/// is the deployment's (`CALLBOARD_PSEUDONYM_SECRET`), and pseudonyms stay stable exactly as
/// long as it does.
struct AgentPseudonyms: Sendable {
    private let key: SymmetricKey

    /// Pseudonyms under `secret`; nil makes a random secret, stable only for this process.
    init(secret: [UInt8]?) {
        key = secret.map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256)
    }

    /// `agent`'s pseudonym in `account`'s exports.
    func pseudonym(for agent: AgentID, in account: AccountID) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("\(account.rawValue)|\(agent.rawValue)".utf8), using: key)
        return "ag_" + LowercaseHex.encode(code.prefix(8))
    }
}
