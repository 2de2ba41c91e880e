import CallboardReports
import EventStore
import Foundation
import Hummingbird

/// The unauthenticated routes operators and proxies use: `/healthz` (the process answers),
/// `/readyz` (200, or 503 with the reasons), `/metrics` (Prometheus text) and
/// `/openapi.json` (the API's description).
struct OperationsRoutes: Sendable {
    let services: ExportServices

    func healthz(_ request: Request, context: ExportRequestContext) -> Response {
        Self.json(.ok, "{\"status\":\"ok\"}\n")
    }

    func readyz(_ request: Request, context: ExportRequestContext) async -> Response {
        let check = ReadinessCheck(services: services)
        let problems = await check.problems()
        let notes = await check.notes().map { "," + $0 }.joined()
        guard problems.isEmpty else {
            return Self.json(.serviceUnavailable,
                             "{\"status\":\"not_ready\",\"reasons\":[\(problems.map(JSONText.quoted).joined(separator: ","))]\(notes)}\n")
        }
        return Self.json(.ok, "{\"status\":\"ready\"\(notes)}\n")
    }

    func metrics(_ request: Request, context: ExportRequestContext) async -> Response {
        let check = ReadinessCheck(services: services)
        // Both reads run under the statement deadline: a lost database leaves the gauges
        // as they were rather than hanging the scrape.
        let (engine, store, logger) = (services.engine, services.store, services.logger)
        let deadline = store.configuration.deadlines.statement
        if let statuses = try? await DatabaseDeadline.run("projection status", within: deadline, logger: logger, {
            try await engine.status()
        }) { check.recordLag(statuses) }
        var bytes: [UInt8] = []
        services.registry.emit(into: &bytes)
        do {
            let hold = try await DatabaseDeadline.run("log hold", within: deadline, logger: logger) { try await store.logHold() }
            bytes += Array(LogHoldReport(hold: hold).metricsText.utf8)
        } catch {
            services.logger.warning("the log's horizon is unreadable", metadata: ["error": "\(error)"])
        }
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func openAPI(_ request: Request, context: ExportRequestContext) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try OpenAPIDocument.data())))
    }

    static func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
