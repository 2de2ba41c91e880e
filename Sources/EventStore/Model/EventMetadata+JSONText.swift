extension EventMetadata {
    /// The metadata as a JSON object (keys sorted, absent fields left out), written by hand:
    /// `JSONEncoder` cost more per event than the rest of a 100-event append's client work.
    /// Stored as `jsonb`, so only its value matters; it equals `JSONEncoder`'s.
    var jsonText: String {
        var text = "{"
        for (key, value) in [("actor", actor), ("causation_id", causationID), ("correlation_id", correlationID), ("source", source)] {
            guard let value else { continue }
            if text.utf8.count > 1 { text += "," }
            text += "\"" + key + "\":"
            JSONStringLiteral.append(value, to: &text)
        }
        return text + "}"
    }
}
