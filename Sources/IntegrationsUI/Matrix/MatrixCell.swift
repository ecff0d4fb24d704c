import AtlasAdmin

/// One cell of the fleet matrix: what one project holds of one type.
public enum MatrixCell: Sendable, Equatable {
    /// The project's integrations have not been read (yet).
    case unread
    /// Reading them failed (a `401`/`403` project, a network failure).
    case failed(AtlasError)
    /// None of this type; `limitation` when it cannot be created from here.
    case missing(CatalogEntry.Limitation?)
    case configured(Configured)

    public struct Configured: Sendable, Equatable {
        /// As Atlas returned it (masked).
        public var integration: Integration
        public var fingerprint: IntegrationFingerprint
        /// It differs from the column's most common value.
        public var differs: Bool
        /// Set when the type cannot be created or changed from here.
        public var limitation: CatalogEntry.Limitation?
    }
}
