import CallboardDomain
import CallboardProjections
import Crypto
import EventStore
import Foundation
import HTTPTypes
import Hummingbird

/// Answers every ``AccountExport``: negotiates the format (406), finds the account's profile
/// (404), resolves `tz` and checks every parameter of the export (400), and only then
/// answers 304 when the client's ETag is current; otherwise admits a long export within its
/// token's and the server's share (429, ``LongExportAdmission``) and renders the export,
/// streaming it when it streams.
///
/// Headers: `Callboard-Position` (the log checkpoint the data reflects, `tx:pos`; a streamed
/// export reflects at least it), `ETag` (weak: the export, its parameters, the clock, the
/// format and the position), and for paged exports `Callboard-Next-Cursor` and `Link`.
struct AccountExportResponder: Sendable {
    let export: any AccountExport
    let services: ExportServices

    func respond(_ request: Request, context: ExportRequestContext) async throws -> Response {
        do {
            return try await answer(request, context: context)
        } catch let error as ExportError {
            return try error.response(from: request, context: context)
        } catch ReportError.unknownAccount {
            return try ExportError.notFound.response(from: request, context: context)
        }
    }

    private func answer(_ request: Request, context: ExportRequestContext) async throws -> Response {
        guard let grant = context.grant else { throw ExportError.notFound }
        let parameters = QueryParameters(request)
        let format = try ExportFormat.negotiate(format: parameters["format"], accept: request.headers[.accept])
        let positions = try await services.positions.current()
        let profiles = try await services.profiles.profile(grant.accountID, current: positions["client_accounts"])
        guard let profile = profiles?.output, let profilePosition = profiles?.position else { throw ExportError.notFound }
        let clock = try ReaderClock.resolve(parameters["tz"], fallback: profile.marketTimeZone)
        let exportRequest = AccountRequest(
            profile: profile, profilePosition: profilePosition, clock: clock, parameters: parameters, services: services,
            positions: positions)
        let cost = try export.validate(exportRequest)
        let tag = { (position: LogCheckpoint) in
            Self.etag([profile.accountID.rawValue, export.path, parameters.canonical, parameters["cursor"] ?? "",
                       format.rawValue, clock.zoneID.rawValue, position.description])
        }
        let arrival = export.readModels.compactMap { positions[$0.name] }.min()
        if let arrival, Self.matches(request.headers[.ifNoneMatch], tag(arrival)) {
            return Self.notModified(tag(arrival), arrival)
        }
        let permit: LongExportPermit? = if cost.estimatedRows > services.configuration.longExportRows {
            try services.longExports.admit(grant.tokenID)
        } else {
            nil
        }
        let answer = try await export.answer(exportRequest)
        var headers: HTTPFields = [.contentType: format.contentType]
        if let position = answer.position ?? arrival {
            if Self.matches(request.headers[.ifNoneMatch], tag(position)) { return Self.notModified(tag(position), position) }
            headers[.eTag] = tag(position)
            headers[.callboardPosition] = position.description
        }
        if let next = answer.nextCursor {
            headers[.callboardNextCursor] = next
            if var components = URLComponents(string: request.uri.description) {
                let kept = (components.queryItems ?? []).filter { $0.name != "cursor" }
                components.queryItems = kept + [URLQueryItem(name: "cursor", value: next)]
                if let link = components.string { headers[.link] = "<\(link)>; rel=\"next\"" }
            }
        }
        let body = TableRenderer(format: format, table: answer.table, nextCursor: answer.nextCursor).body()
        return Response(status: .ok, headers: headers, body: permit.map { body.holding($0) } ?? body)
    }

    static func etag(_ parts: [String]) -> String {
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return "W/\"" + digest.prefix(12).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// Whether an `If-None-Match` header names `etag` (or is `*`), comparing weakly.
    static func matches(_ header: String?, _ etag: String) -> Bool {
        guard let header else { return false }
        let bare = { (tag: Substring) in tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") }
        return header.split(separator: ",").contains { bare($0) == "*" || bare($0) == bare(Substring(etag)) }
    }

    static func notModified(_ etag: String, _ position: LogCheckpoint) -> Response {
        Response(status: .notModified, headers: [.eTag: etag, .callboardPosition: position.description])
    }
}

extension HTTPField.Name {
    static let callboardPosition = HTTPField.Name("Callboard-Position")!
    static let callboardNextCursor = HTTPField.Name("Callboard-Next-Cursor")!
    static let link = HTTPField.Name("Link")!
}
