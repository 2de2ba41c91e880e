import CapacityPlanning
import Foundation
import PostgresTestSupport
import Testing

/// Issue 13, item 5: the chart renders. Each layout is converted to PNG by Debian's
/// librsvg2-bin (`rsvg-convert`, installed by `make setup`), and the image is checked: the
/// size the SVG declares, not blank, the band's colour present, and the today line drawn
/// in the column the SVG puts it in. The pixels are read by a short Python decoder (zlib
/// and the five PNG filters), as the tests already use python3.
@Suite("The peak chart renders to PNG")
struct PeakChartRenderingTests {
    /// What the decoder reports about a PNG.
    struct Pixels: Decodable {
        let width: Int
        let height: Int
        /// Share of pixels that are not white.
        let inked: Double
        let distinctColours: Int
        /// Pixels within a small distance of the band's colour over white.
        let bandPixels: Int
        /// Pixels close to the today line's purple in the columns asked about.
        let todayPixels: Int
    }

    @Test(arguments: [PeakChart.Layout.combined, .panels])
    func theChartConvertsToANonBlankPNGOfItsDeclaredSize(layout: PeakChart.Layout) async throws {
        let svg = PeakChartTests.chart.svg(layout: layout)
        let parsed = try #require(ParsedSVG(svg))
        let todayColumns = parsed.elements(classed: "today").compactMap { Double($0.attributes["x1"] ?? "") }.map { Int($0.rounded()) }
        #expect(!todayColumns.isEmpty)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peak-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("chart.svg"), output = directory.appendingPathComponent("chart.png")
        try Data(svg.utf8).write(to: input)

        let converted = try await Self.run(["rsvg-convert", "--format", "png", "--output", output.path, input.path])
        #expect(converted.status == 0, "rsvg-convert failed (install librsvg2-bin: make setup): \(converted.errors)")
        let png = try Data(contentsOf: output)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))

        let decoded = try await Self.run(["python3", "-c", Self.decoder, output.path, todayColumns.map(String.init).joined(separator: ",")])
        #expect(decoded.status == 0, "\(decoded.errors)")
        let pixels = try JSONDecoder().decode(Pixels.self, from: Data(decoded.output.utf8))
        #expect(pixels.width == 1100)
        #expect(pixels.height == Int(parsed.height.rounded()))
        #expect(parsed.height > 400)
        #expect(pixels.inked > 0.04 && pixels.inked < 0.6, "not blank, not a solid block: \(pixels.inked)")
        #expect(pixels.distinctColours > 20)
        #expect(pixels.bandPixels > 2_000, "the P50-P90 band is painted: \(pixels.bandPixels)")
        #expect(pixels.todayPixels >= 60 * todayColumns.count, "the today line is painted where the SVG says: \(pixels.todayPixels)")
    }

    /// Runs a program found on PATH; its status, standard output and standard error.
    static func run(_ arguments: [String]) async throws -> (status: Int32, output: String, errors: String) {
        let run = try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), arguments)
        return (run.status, run.output, run.errors)
    }


    /// Decodes an 8-bit RGB or RGBA PNG (composited on white) and prints the figures of ``Pixels``.
    static let decoder = #"""
    import json, struct, sys, zlib
    data = open(sys.argv[1], 'rb').read()
    columns = [int(c) for c in sys.argv[2].split(',') if c]
    pos, idat = 8, b''
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour = struct.unpack('>IIBB', body[:10])
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6), (depth, colour)
    channels = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + left) & 255
            elif kind == 2: line[i] = (line[i] + up) & 255
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    def pixel(row, x):
        r, g, b = row[x * channels:x * channels + 3]
        a = row[x * channels + 3] if channels == 4 else 255
        return tuple(round(c * a / 255 + 255 * (1 - a / 255)) for c in (r, g, b))
    def near(c, target, distance):
        return sum((a - b) ** 2 for a, b in zip(c, target)) <= distance ** 2
    inked, colours, band, today = 0, set(), 0, 0
    for y, row in enumerate(rows):
        for x in range(width):
            c = pixel(row, x)
            colours.add(c)
            if c != (255, 255, 255): inked += 1
            if near(c, (254, 216, 169), 14): band += 1
            if any(abs(x - column) <= 1 for column in columns) and near(c, (123, 50, 148), 70): today += 1
    print(json.dumps({'width': width, 'height': height, 'inked': inked / (width * height), 'distinctColours': len(colours),
                      'bandPixels': band, 'todayPixels': today}))
    """#
}
