import CZlib
import Hummingbird

/// Gzip (RFC 1952) for response bodies, through the system zlib: a client that sends
/// `Accept-Encoding: gzip` gets a rendered export compressed (a month of daily service
/// levels, 147 KB of JSON, becomes about a tenth), and the compressed bytes are kept with the
/// rendered response (``RenderedResponseCache``) so a body is compressed once per ETag.
enum GzipEncoding {
    /// Bodies shorter than this go out as they are: compressing saves nothing worth the work.
    static let minimumBytes = 1024

    /// Whether an `Accept-Encoding` header accepts gzip (`gzip`, `x-gzip` or `*`, not `q=0`).
    static func accepted(by header: String?) -> Bool {
        guard let header else { return false }
        var gzip: Bool?
        var any = false
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            switch parts.first ?? "" {
            case "gzip", "x-gzip": gzip = quality > 0
            case "*": any = quality > 0
            default: continue
            }
        }
        return gzip ?? any
    }

    /// `body` gzipped; nil if zlib fails (the caller then sends it as it is).
    static func compress(_ body: ByteBuffer) -> ByteBuffer? {
        var stream = z_stream()
        // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
        guard deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var input = Array(body.readableBytesView)
        let bound = Int(deflateBound(&stream, UInt(input.count))) + 32
        var output = [UInt8](repeating: 0, count: bound)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBytes in
            output.withUnsafeMutableBufferPointer { outBytes in
                stream.next_in = inBytes.baseAddress
                stream.avail_in = UInt32(inBytes.count)
                stream.next_out = outBytes.baseAddress
                stream.avail_out = UInt32(outBytes.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return ByteBuffer(bytes: output.prefix(Int(stream.total_out)))
    }
}
