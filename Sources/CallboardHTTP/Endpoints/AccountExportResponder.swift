import CallboardDomain
import CallboardProjections
import Crypto
import EventStore
import Foundation
import HTTPTypes
import Hummingbird

/// Answers every ``AccountExport``: negotiates the format (406), finds the account's profile
/// (404), resolves `tz`, `as_of` and every parameter of the export (400), and only then
/// answers 304 when the client's ETag is current, or the rendered response kept for that
/// ETag (``RenderedResponseCache``); otherwise admits a long export within its token's and
/// the server's share (429, ``LongExportAdmission``) and renders the export, streaming it
/// when it streams.
///
/// Headers: `Callboard-Position` (the account's last change the data reflects, `tx:pos`, see
/// ``AnswerTag``; a streamed export reflects at least it), `ETag` (weak: the export, its
/// parameters, the clock, the format and that position, or for `as_of` the instant and the
/// position of the log it was answered from), `Vary: Accept, Accept-Encoding`,
/// `Content-Encoding: gzip` when the client accepts it, and for paged exports
/// `Callboard-Next-Cursor` and `Link`.
struct AccountExportResponder: Sendable {
    let export: any AccountExport
    let services: ExportServices
    /// The names of the export's read models, made once (not per request).
    let readModels: [String]

    init(export: any AccountExport, services: ExportServices) {
        self.export = export
        self.services = services
        readModels = export.readModels.map(\.name)
    }

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
        let gzip = GzipEncoding.accepted(by: request.headers[.acceptEncoding])
        let positions = try await services.positions.current()
        let known = try await services.profiles.profile(grant.accountID, current: positions.checkpoints["client_accounts"])
        guard let known else { throw ExportError.notFound }
        let current = known.result.output
        var profilePosition = known.result.position
        let clock = try ReaderClock.resolve(parameters["tz"], fallback: known.marketTimeZone)
        let asOf = try parameters[AsOfInstant.name].map { text throws(ExportError) in try AsOfInstant.parse(text, on: clock) }
        var profile = current
        if let asOf {
            try AsOfInstant.check(asOf, logBegan: try await services.logBeginning.instant())
            // The account as it was known then: its queues and SLAs, or none at all yet.
            let then = try await services.reader.read(AccountProfileQuery(accountID: grant.accountID), asOf: asOf)
            (profile, profilePosition) = (then.output, then.position)
        }
        let exportRequest = AccountRequest(
            profile: profile, profilePosition: profilePosition, clock: clock, parameters: parameters, services: services,
            positions: positions.checkpoints, asOf: asOf)
        let cost = try export.validate(exportRequest)
        let account = profile.accountID.rawValue
        let key = { (basis: String) in
            RenderedResponseCache.Key(
                account: account, path: export.path, parameters: parameters.canonical + "&cursor=" + (parameters["cursor"] ?? ""),
                format: format.rawValue, zone: clock.zoneID.rawValue, tag: basis)
        }
        let tagOf = { (data: LogCheckpoint) in
            AnswerTag.of(account: account, readModels: readModels, data: data, lastChanges: positions.lastChanges)
        }
        let etag = { (tag: AnswerTag) in
            Self.etag([account, export.path, parameters.canonical, parameters["cursor"] ?? "", format.rawValue,
                       clock.zoneID.rawValue, tag.basis])
        }
        // An as-of answer is known only once it is read (its position is that of the log
        // then); a live one by the read models' positions on arrival.
        let arrival = asOf == nil ? readModels.compactMap { positions.checkpoints[$0] }.min().map(tagOf) : nil
        if let arrival {
            // A kept answer carries its ETag (hashed from the same parts as its key), so a hit
            // hashes nothing.
            let arrivalKey = key(arrival.basis)
            let kept = services.renderedResponses.entry(arrivalKey)
            let arrivalTag = kept?.etag ?? etag(arrival)
            if Self.matches(request.headers[.ifNoneMatch], arrivalTag) { return Self.notModified(arrivalTag, arrival.position) }
            if let kept { return reply(kept, key: arrivalKey, etag: arrivalTag, format: format, gzip: gzip, request: request) }
        }
        let settledAsOf = asOf.map { AsOfInstant.isSettled($0) } ?? false
        if settledAsOf, let kept = services.renderedResponses.entry(key("as of")) {
            if let tag = kept.etag, Self.matches(request.headers[.ifNoneMatch], tag) {
                return Response(status: .notModified, headers: [.eTag: tag])
            }
            return reply(kept, key: key("as of"), etag: kept.etag, format: format, gzip: gzip, request: request)
        }
        let permit: LongExportPermit? = if cost.estimatedRows > services.configuration.longExportRows {
            try services.longExports.admit(grant.tokenID)
        } else {
            nil
        }
        let answer = try await export.answer(exportRequest)
        let tag: AnswerTag? = if let asOf {
            answer.position.map { AnswerTag(basis: "as of \(asOf.timeIntervalSince1970) log \($0)", position: $0) }
        } else {
            (answer.position ?? readModels.compactMap { positions.checkpoints[$0] }.min()).map(tagOf)
        }
        if let tag, Self.matches(request.headers[.ifNoneMatch], etag(tag)) {
            return asOf == nil ? Self.notModified(etag(tag), tag.position) : Response(status: .notModified, headers: [.eTag: etag(tag)])
        }
        let body = TableRenderer(format: format, table: answer.table, nextCursor: answer.nextCursor).body()
        // Only a body rendered in one buffer is kept (a streamed one is never held whole).
        if body.contentLength != nil, let tag {
            var entry = RenderedResponseCache.Entry(
                body: await CollectedBody.bytes(of: body), gzipped: nil,
                position: asOf == nil ? tag.position.description : nil, nextCursor: answer.nextCursor, etag: etag(tag))
            if gzip, entry.body.readableBytes >= GzipEncoding.minimumBytes { entry.gzipped = GzipEncoding.compress(entry.body) }
            let kept = asOf == nil ? key(tag.basis) : (settledAsOf ? key("as of") : nil)
            if let kept { services.renderedResponses.keep(entry, under: kept) }
            var response = reply(entry, key: nil, etag: etag(tag), format: format, gzip: gzip, request: request)
            if let permit { response.body = response.body.holding(permit) }
            return response
        }
        var headers = Self.headers(format: format)
        if let tag {
            headers[.eTag] = etag(tag)
            if asOf == nil { headers[.callboardPosition] = tag.position.description }
        }
        Self.link(answer.nextCursor, request: request, into: &headers)
        return Response(status: .ok, headers: headers, body: permit.map { body.holding($0) } ?? body)
    }

    /// Answers with a rendered response, gzipped when the client accepts it (compressing
    /// it once, and keeping the compressed bytes under `key`).
    private func reply(
        _ entry: RenderedResponseCache.Entry, key: RenderedResponseCache.Key?, etag: String?, format: ExportFormat, gzip: Bool,
        request: Request
    ) -> Response {
        var headers = Self.headers(format: format)
        if let etag { headers[.eTag] = etag }
        if let position = entry.position { headers[.callboardPosition] = position }
        Self.link(entry.nextCursor, request: request, into: &headers)
        guard gzip, entry.body.readableBytes >= GzipEncoding.minimumBytes else {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: entry.body))
        }
        var compressed = entry.gzipped
        if compressed == nil, let made = GzipEncoding.compress(entry.body) {
            compressed = made
            if let key {
                var kept = entry
                kept.gzipped = made
                services.renderedResponses.keep(kept, under: key)
            }
        }
        guard let compressed else { return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: entry.body)) }
        headers[.contentEncoding] = "gzip"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: compressed))
    }

    private static func headers(format: ExportFormat) -> HTTPFields {
        [.contentType: format.contentType, .vary: "Accept, Accept-Encoding"]
    }

    /// `Callboard-Next-Cursor` and a `Link` to the next page: the request's own URI with the cursor.
    private static func link(_ next: String?, request: Request, into headers: inout HTTPFields) {
        guard let next else { return }
        headers[.callboardNextCursor] = next
        if var components = URLComponents(string: request.uri.description) {
            let kept = (components.queryItems ?? []).filter { $0.name != "cursor" }
            components.queryItems = kept + [URLQueryItem(name: "cursor", value: next)]
            if let link = components.string { headers[.link] = "<\(link)>; rel=\"next\"" }
        }
    }

    static func etag(_ parts: [String]) -> String {
        let digest = SHA256.hash(data: Array(parts.joined(separator: "\u{1F}").utf8))
        return "W/\"" + LowercaseHex.encode(digest.prefix(12)) + "\""
    }

    /// Whether an `If-None-Match` header names `etag` (or is `*`), comparing weakly.
    static func matches(_ header: String?, _ etag: String) -> Bool {
        guard let header else { return false }
        let bare = { (tag: Substring) in tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") }
        return header.split(separator: ",").contains { bare($0) == "*" || bare($0) == bare(Substring(etag)) }
    }

    static func notModified(_ etag: String, _ position: LogCheckpoint) -> Response {
        Response(status: .notModified, headers: [
            .eTag: etag, .callboardPosition: position.description, .vary: "Accept, Accept-Encoding",
        ])
    }
}

extension HTTPField.Name {
    static let callboardPosition = HTTPField.Name("Callboard-Position")!
    static let callboardNextCursor = HTTPField.Name("Callboard-Next-Cursor")!
    static let link = HTTPField.Name("Link")!
}
