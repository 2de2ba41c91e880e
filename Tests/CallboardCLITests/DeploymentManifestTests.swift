import ArgumentParser
import Foundation
import PostgresTestSupport
import Testing
@testable import CallboardCLI

/// The deployment files under `deploy/` stay true: the Kubernetes manifests pass the
/// Kubernetes API's own schemas (strictly), and every command line a manifest or a systemd
/// unit runs is one the `callboard` parser accepts.
@Suite("Deployment files", .serialized)
struct DeploymentManifestTests {
    static let deploy = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("deploy")

    @Test("Every Kubernetes manifest passes the API's schemas, and the validator refuses a misspelt field")
    func manifestsPassTheSchemas() async throws {
        let script = Self.deploy.appendingPathComponent("kubernetes/validate.sh").path
        let valid = try await Self.run(script, [])
        #expect(valid.status == 0, "\(valid.output)")
        // The validator is strict: the same Deployment with one field misspelt is refused.
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-broken-\(UUID().uuidString.prefix(8)).yaml")
        defer { try? FileManager.default.removeItem(at: broken) }
        let text = try String(contentsOf: Self.deploy.appendingPathComponent("kubernetes/api-deployment.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "readinessProbe:", with: "readinesProbe:").write(to: broken, atomically: true, encoding: .utf8)
        let refused = try await Self.run(script, [broken.path])
        #expect(refused.status != 0)
        #expect(refused.output.contains("readinesProbe"), "\(refused.output)")
    }

    @Test("Every command line in the manifests and the systemd units parses as a callboard command")
    func commandLinesParse() throws {
        var commandLines: [[String]] = []
        for file in try Self.files(in: "kubernetes", ending: ".yaml") {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("args: ["), let data = trimmed.dropFirst("args: ".count).data(using: .utf8) else { continue }
                commandLines.append(try JSONDecoder().decode([String].self, from: data))
            }
        }
        for file in try Self.files(in: "systemd", ending: ".service") {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.hasPrefix("ExecStart=") {
                commandLines.append(line.dropFirst("ExecStart=".count).split(separator: " ").dropFirst().map(String.init))
            }
        }
        #expect(commandLines.count >= 8)
        for arguments in commandLines {
            let concrete = arguments.map {
                $0.replacingOccurrences(of: "$(CALLBOARD_SEASON)", with: "black-friday-2026")
                    .replacingOccurrences(of: "${CALLBOARD_SEASON}", with: "black-friday-2026")
            }
            #expect(throws: Never.self, "callboard \(concrete.joined(separator: " "))") {
                _ = try CallboardCommand.parseAsRoot(concrete)
            }
        }
    }

    static func files(in folder: String, ending suffix: String) throws -> [URL] {
        let directory = deploy.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }

    static func run(_ script: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let run = try await ChildProcess.run(URL(fileURLWithPath: "/bin/bash"), [script] + arguments, mergingErrors: true)
        return (run.status, run.output)
    }

}
