import Foundation

extension DatabaseURL {
    /// Splits a URL naming several hosts (`postgres://u@h1:5432,h2,[::1]:5433/db`) into the
    /// URL with its first host only (for `URLComponents`, which knows one host) and the hosts;
    /// nil hosts when the URL names one.
    static func splitHostList(_ text: String) throws -> (oneHost: String, hosts: [DatabaseHost]?) {
        guard let scheme = text.range(of: "://") else { return (text, nil) }
        let start = scheme.upperBound
        let end = text[start...].firstIndex(where: { "/?#".contains($0) }) ?? text.endIndex
        let authority = text[start..<end]
        let hostStart = authority.lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex
        let list = authority[hostStart...]
        guard list.contains(",") else { return (text, nil) }
        var hosts: [DatabaseHost] = []
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            hosts.append(try host(String(item), in: text))
        }
        var oneHost = text
        let first = list.prefix(while: { $0 != "," })
        oneHost.replaceSubrange(list.startIndex..<list.endIndex, with: first)
        return (oneHost, hosts)
    }

    /// `host`, `host:port` or `[v6]:port`.
    private static func host(_ item: String, in text: String) throws -> DatabaseHost {
        let name: String
        var portText: Substring = ""
        if item.hasPrefix("[") {
            guard let close = item.firstIndex(of: "]") else {
                throw ParseError(description: "the database URL's host \(item) opens a bracket it does not close: \(redacted(text))")
            }
            name = String(item[item.index(after: item.startIndex)..<close])
            let rest = item[item.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else {
                throw ParseError(description: "the database URL's host \(item) has text after its address: \(redacted(text))")
            }
            portText = rest.dropFirst()
        } else if let colon = item.lastIndex(of: ":") {
            name = String(item[..<colon])
            portText = item[item.index(after: colon)...]
        } else {
            name = item
        }
        guard !name.isEmpty else {
            throw ParseError(description: "the database URL's host list has an empty host (\"\(item)\"): \(redacted(text))")
        }
        guard !portText.isEmpty else { return DatabaseHost(host: name.removingPercentEncoding ?? name) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw ParseError(description: "the database URL's host \(item): \(portText) is not a port number (1 to 65535)")
        }
        return DatabaseHost(host: name.removingPercentEncoding ?? name, port: port)
    }

    /// `hosts` with the ports of a list (`5432,5433`): one port for every host, or one each.
    static func applying(ports text: String, named name: String, to hosts: [DatabaseHost]) throws -> [DatabaseHost] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let ports = try items.map { item -> Int in
            guard let port = Int(item), (1...65535).contains(port) else {
                throw ParseError(description: "\(name)=\(text): \"\(item)\" is not a port number (1 to 65535)")
            }
            return port
        }
        guard ports.count == 1 || ports.count == hosts.count else {
            throw ParseError(description: """
                \(name)=\(text) gives \(ports.count) ports for \(hosts.count) hosts (give one port for all, or one per host)
                """)
        }
        return hosts.enumerated().map { index, host in DatabaseHost(host: host.host, port: ports.count == 1 ? ports[0] : ports[index]) }
    }

    /// The `target_session_attrs` value (default `any`); an unknown value is an error.
    static func targetSessionAttributes(_ text: String?) throws -> TargetSessionAttributes {
        guard let text, !text.isEmpty else { return .any }
        guard let attributes = TargetSessionAttributes(rawValue: text) else {
            let known = TargetSessionAttributes.allCases.map(\.rawValue).joined(separator: ", ")
            throw ParseError(description: "target_session_attrs=\(text) is not one of \(known)")
        }
        return attributes
    }
}
