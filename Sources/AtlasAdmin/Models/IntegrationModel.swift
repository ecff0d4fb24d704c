/// A typed, read-only view of one integration kind, built from the lenient
/// `Integration` that Atlas returned.
///
/// Secrets in these views are `MaskedSecret`s: they can be shown, never sent.
public protocol IntegrationModel: Sendable, Hashable {
    /// The kind this view reads.
    static var integrationType: IntegrationType { get }

    /// Reads `integration`; `nil` when it is of another kind.
    init?(_ integration: Integration)
}

extension Integration {
    /// This integration as a typed view, when it is of that kind.
    public func typed<Model: IntegrationModel>(as model: Model.Type) -> Model? {
        Model(self)
    }
}
