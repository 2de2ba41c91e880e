import Logging
import NIOSSL
import PostgresNIO

extension DatabaseURL {
    /// Why a single connection to this URL fails now, in words for an operator; nil when
    /// it connects. A pool that cannot connect keeps retrying and only says "no connection
    /// within ...": this one direct attempt names the cause (a refused TLS certificate, a
    /// wrong password, a server that does not offer TLS).
    func connectionFailure(within timeout: Duration, logger: Logger) async -> String? {
        guard socketDirectory == nil else { return nil }
        if choosesHost {
            var chooser = HostChooser(url: self, logger: logger)
            chooser.hostLimit = timeout
            do {
                _ = try await chooser.choose()
                return nil
            } catch {
                return "\(error)"
            }
        }
        let configuration: PostgresConnection.Configuration
        do {
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: try tls.connectionTLS())
        } catch {
            return "\(error)"
        }
        do {
            let connection = try await withThrowingTaskGroup(of: PostgresConnection?.self) { group in
                group.addTask { try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger) }
                group.addTask { try await Task.sleep(for: timeout); return nil }
                defer { group.cancelAll() }
                return try await group.next() ?? nil
            }
            try? await connection?.close()
            return nil
        } catch {
            return describe(connectionError: error)
        }
    }

    private func describe(connectionError error: any Error) -> String {
        let underlying = (error as? PSQLError)?.underlying ?? error
        switch underlying {
        case let failure as NIOSSLExtraError where failure == .failedToValidateHostname:
            return """
                TLS: the server's certificate does not name the host \(host) (sslmode=\(tls.mode.rawValue) checks the \
                name: connect by a name the certificate carries, or use sslmode=verify-ca)
                """
        case let failure as NIOSSLError:
            return "TLS: the server's certificate was refused (sslmode=\(tls.mode.rawValue)): \(failure)"
        case let failure as BoringSSLError:
            return "TLS: the handshake failed (sslmode=\(tls.mode.rawValue)): \(failure)"
        default:
            if let error = error as? PSQLError, error.code == .sslUnsupported {
                return "TLS: the server does not offer TLS, and sslmode=\(tls.mode.rawValue) requires it"
            }
            return DatabaseErrorText.describe(error)
        }
    }
}
