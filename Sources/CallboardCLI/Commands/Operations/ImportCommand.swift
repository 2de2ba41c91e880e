import ArgumentParser
import CallboardImport
import CallboardOperations
import EventStore
import Foundation

/// `callboard import KIND FILE.csv`: imports one CSV file, whole or not at all.
struct ImportCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV file of sites, agents, intervals and more; all rows or none.",
        discussion: """
            Kinds, in the order they can be imported: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")). \
            Formats: docs/import-formats.md. A file with any bad row is refused: every problem is \
            printed to standard error as file:line: column: reason, nothing is imported, and the exit \
            code is 65. Importing the same file again imports nothing twice.
            """
    )

    @Argument(help: "What the file holds.", transform: ImportCLICommand.parseKind) var kind: ImportKind
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "The file's character encoding: utf-8 (default), latin1, or utf-16 (with a byte order mark).",
            transform: ImportCLICommand.parseEncoding)
    var encoding: ImportEncoding = .utf8

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        let (kind, name) = (kind, url.lastPathComponent)
        let bytes: Data
        do { bytes = try Data(contentsOf: url) } catch {
            FileHandle.standardError.write(Data("Error: cannot read \(file): \(error.localizedDescription)\n".utf8))
            throw ExitStatus.noInput.code
        }
        do {
            let text = try encoding.decode(Array(bytes), file: name)
            let report = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                try await Importer(store: store, actor: OperationRun.actor).importFile(kind, text: text, file: name)
            }
            print(report)
        } catch let rejection as ImportRejection {
            let summary = "\(name): refused, nothing imported (\(rejection.totalCount) problems)"
            FileHandle.standardError.write(Data((rejection.lines + [summary]).map { $0 + "\n" }.joined().utf8))
            throw OperationRun.refused
        } catch let interrupted as ImportInterrupted {
            FileHandle.standardError.write(Data("\(interrupted)\n".utf8))
            throw ExitStatus.tryAgain.code  // the database went away; running it again is safe.
        } catch let conflict as AppendError {
            FileHandle.standardError.write(Data("\(name): nothing imported; \(conflict). Run the import again.\n".utf8))
            throw ExitStatus.tryAgain.code  // another writer changed a stream meanwhile.
        }
    }

    static func parseEncoding(_ text: String) throws -> ImportEncoding {
        guard let encoding = ImportEncoding(rawValue: text.lowercased()) else {
            throw ValidationError("unknown encoding '\(text)'; the encodings are \(ImportEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return encoding
    }

    static func parseKind(_ text: String) throws -> ImportKind {
        guard let kind = ImportKind(rawValue: text) else {
            throw ValidationError("unknown kind '\(text)'; the kinds are \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }
}
