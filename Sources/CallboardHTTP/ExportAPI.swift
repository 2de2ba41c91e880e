import Hummingbird

/// The clients' read-only export API (issue 7). Placeholder so the package resolves and
/// builds its HTTP dependencies; replaced by the real server.
enum ExportAPI {}
