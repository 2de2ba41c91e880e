import Testing
@testable import CallboardHTTP
