import AtlasAdmin
import Testing

/// The names an export will write for other tools: every type is either
/// named by a tool or says why the tool cannot express it, and the names
/// have the shapes those tools take.
@Suite struct OtherToolNamesTests {
    @Test func everyTypeIsNamedByEachToolOrSaysWhyNot() {
        for entry in IntegrationCatalog.entries {
            for tool in OtherTool.allCases {
                let named = entry.otherNames[tool] != nil
                let reason = entry.notExpressible[tool]
                #expect(named != (reason != nil), "\(entry.type.rawValue) for \(tool): a name or a reason, not both")
                #expect(reason?.isEmpty != true)
            }
        }
    }

    @Test func terraformNamesTheTypeByItsAtlasValueAndFieldsInSnakeCase() {
        for entry in IntegrationCatalog.entries {
            if let name = entry.otherNames[.terraform] { #expect(name == entry.type.rawValue) }
            for field in entry.fields {
                guard let name = field.otherNames[.terraform] else { continue }
                #expect(name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(field.key) → \(name)")
            }
        }
    }

    /// A value Atlas masks can only come from a Secret in the operator's
    /// model, so its Kubernetes name is `secretRef.key`, or there is none
    /// (the operator has no field for the Webhook templates).
    @Test func kubernetesNamesEveryMaskedFieldThroughASecret() {
        for entry in IntegrationCatalog.entries where entry.otherNames[.kubernetes] != nil {
            for field in entry.fields where field.readBack.hidesValue {
                guard let name = field.otherNames[.kubernetes] else { continue }
                let parts = name.split(separator: ".")
                #expect(parts.count == 2 && parts[0].hasSuffix("SecretRef"), "\(entry.type.rawValue).\(field.key) → \(name)")
            }
        }
    }
}
