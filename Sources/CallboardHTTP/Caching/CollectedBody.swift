import Hummingbird

/// The bytes of a response body rendered in one buffer (one with a `Content-Length`), so
/// the rendered answer can be kept (``RenderedResponseCache``) and gzipped.
enum CollectedBody {
    static func bytes(of body: ResponseBody) async -> ByteBuffer {
        let collector = Collector()
        try? await body.write(collector)
        return collector.buffer.value
    }

    /// A writer that only appends to a buffer (a class, as the writer is consumed).
    private struct Collector: ResponseBodyWriter {
        final class Box: @unchecked Sendable { var value = ByteBuffer() }
        let buffer = Box()

        mutating func write(_ part: ByteBuffer) async throws {
            var part = part
            buffer.value.writeBuffer(&part)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
