import CallboardDomain

extension FieldSyntax {
    /// `launch` or `promotion`.
    public static func campaignKind(_ text: String) throws(FieldSyntaxError) -> CampaignKind {
        guard let kind = CampaignKind(rawValue: text) else { throw FieldSyntaxError("must be launch or promotion") }
        return kind
    }
}
