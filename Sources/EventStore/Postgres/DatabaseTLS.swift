import Foundation
import NIOSSL
import PostgresNIO

/// How a connection to PostgreSQL is protected, in libpq's words (`sslmode`, `sslrootcert`,
/// `sslcert`, `sslkey`), so a URL that works with `psql` works with Callboard and a managed
/// PostgreSQL that insists on TLS accepts it.
///
/// The modes mean what they mean to libpq:
/// - `disable`: never TLS.
/// - `allow`, `prefer` (the default): TLS when the server offers it, no certificate check.
///   (libpq's `allow` tries without TLS first; here it negotiates like `prefer`.)
/// - `require`: TLS or no connection; the certificate is not checked, unless a root
///   certificate is given, when it is checked as under `verify-ca` (as libpq does).
/// - `verify-ca`: TLS, and the server's certificate must be signed by the root certificate.
/// - `verify-full`: as `verify-ca`, and the certificate must name the host connected to.
///
/// The root certificate is `sslrootcert`, else `~/.postgresql/root.crt`; `sslrootcert=system`
/// trusts the operating system's certificate authorities. A client certificate
/// (`sslcert` with its `sslkey`) is presented when given. Over a unix socket TLS is never
/// used, as with libpq.
public struct DatabaseTLS: Sendable, Hashable {
    /// libpq's `sslmode` values.
    public enum Mode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var mode: Mode
    /// `sslrootcert`: a PEM file of trusted certificate authorities, or `system`.
    public var rootCertificate: String?
    /// `sslcert`: the client's PEM certificate (chain), presented to the server.
    public var clientCertificate: String?
    /// `sslkey`: the client certificate's PEM private key.
    public var clientKey: String?

    public init(mode: Mode = .prefer, rootCertificate: String? = nil, clientCertificate: String? = nil, clientKey: String? = nil) {
        self.mode = mode
        self.rootCertificate = rootCertificate
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
    }

    /// Why the TLS settings cannot be used, in words that name the setting.
    public struct SettingError: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    /// The settings' query parameters, in libpq's names, for a URL handed to other programs.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = [("sslmode", mode.rawValue)]
        if let rootCertificate { items.append(("sslrootcert", rootCertificate)) }
        if let clientCertificate { items.append(("sslcert", clientCertificate)) }
        if let clientKey { items.append(("sslkey", clientKey)) }
        return items
    }

    /// The root certificate file in use: `sslrootcert`, else libpq's default when it exists.
    private var rootCertificateInUse: String? {
        if let rootCertificate { return rootCertificate }
        let fallback = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".postgresql/root.crt").path
        return FileManager.default.fileExists(atPath: fallback) ? fallback : nil
    }

    /// What the mode asks of a connection: no TLS, TLS when offered, or TLS or nothing,
    /// with the client configuration (trust, verification, client certificate) to use.
    enum Negotiation {
        case never
        case whenOffered(TLSConfiguration)
        case always(TLSConfiguration)
    }

    func negotiation() throws(SettingError) -> Negotiation {
        var configuration = TLSConfiguration.makeClientConfiguration()
        try presentClientCertificate(in: &configuration)
        switch mode {
        case .disable:
            return .never
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return .whenOffered(configuration)
        case .require, .verifyCA, .verifyFull:
            let root = rootCertificateInUse
            if mode != .require, root == nil {
                throw SettingError(description: """
                    sslmode=\(mode.rawValue) needs the certificate authority to check the server against: \
                    set sslrootcert (a PEM file, or `system`), or put it in ~/.postgresql/root.crt
                    """)
            }
            if let root {
                configuration.trustRoots = try Self.trustRoots(root)
                configuration.certificateVerification = mode == .verifyFull ? .fullVerification : .noHostnameVerification
            } else {
                configuration.certificateVerification = .none
            }
            return .always(configuration)
        }
    }

    /// PostgresNIO's TLS setting for a pooled client.
    public func clientTLS() throws(SettingError) -> PostgresClient.Configuration.TLS {
        switch try negotiation() {
        case .never: .disable
        case let .whenOffered(configuration): .prefer(configuration)
        case let .always(configuration): .require(configuration)
        }
    }

    /// PostgresNIO's TLS setting for a single connection (used to find out why connecting fails).
    func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch try negotiation() {
        case .never: .disable
        case let .whenOffered(configuration): .prefer(try NIOSSLContext(configuration: configuration))
        case let .always(configuration): .require(try NIOSSLContext(configuration: configuration))
        }
    }

    private func presentClientCertificate(in configuration: inout TLSConfiguration) throws(SettingError) {
        switch (clientCertificate, clientKey) {
        case (nil, nil):
            return
        case (nil, _?):
            throw SettingError(description: "sslkey is set but sslcert is not: a client key needs its certificate")
        case (_?, nil):
            throw SettingError(description: "sslcert is set but sslkey is not: a client certificate needs its private key")
        case let (certificate?, key?):
            do {
                configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) }
            } catch {
                throw SettingError(description: "sslcert \(certificate): not a readable PEM certificate (\(error))")
            }
            do {
                configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
            } catch {
                throw SettingError(description: "sslkey \(key): not a readable PEM private key (\(error))")
            }
        }
    }

    private static func trustRoots(_ root: String) throws(SettingError) -> NIOSSLTrustRoots {
        if root == "system" { return .default }
        guard FileManager.default.isReadableFile(atPath: root) else {
            throw SettingError(description: "sslrootcert \(root): no such readable file")
        }
        do {
            return .certificates(try NIOSSLCertificate.fromPEMFile(root))
        } catch {
            throw SettingError(description: "sslrootcert \(root): not a PEM certificate file (\(error))")
        }
    }
}
