import AtlasAdmin

/// What one column holds over the matrix's scope: `PagerDuty 27/40 · 2 variants`.
public struct MatrixColumnSummary: Sendable, Equatable {
    public var type: IntegrationType
    /// Projects in scope that have one.
    public var configured: Int
    /// Projects in scope whose integrations were read.
    public var read: Int
    /// Distinct values among the configured ones.
    public var variants: Int
    public var mostCommon: IntegrationFingerprint?
    public var mostCommonCount: Int

    /// `PagerDuty 27/40 · 2 variants`.
    public func text(separator: String = "·") -> String {
        let name = IntegrationCatalog.entry(for: type).displayName
        let variety = variants == 0 ? "" : " \(separator) " + trPlural("matrix.summary.variants", variants)
        return "\(name) \(NumberText.grouped(configured))/\(NumberText.grouped(read))\(variety)"
    }
}
