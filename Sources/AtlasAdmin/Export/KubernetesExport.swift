/// Manifests for the MongoDB Atlas Kubernetes operator: per integration an
/// `AtlasThirdPartyIntegration` (`atlas.mongodb.com/v1`) with the
/// operator's field names (from the catalog), and beside it the `Secret` it
/// reads keys from, holding placeholders where Atlas hides the value; and a
/// `kustomization.yaml` listing them all, whose header names what was left
/// out.
enum KubernetesExport {
    static let apiVersion = "atlas.mongodb.com/v1"
    static let kind = "AtlasThirdPartyIntegration"
    /// The operator watches Secrets with this label (when it watches no
    /// namespaces of its own); without it the Secret is never seen.
    static let credentialsLabel = ("atlas.mongodb.com/type", "credentials")
    /// The Secret with an Atlas API key that an `externalProjectRef` needs;
    /// the header tells the operator to create it or rename the reference.
    static let connectionSecret = "atlas-operator-api-key"

    static func files(_ selection: ExportSelection) -> [ExportFile] {
        var files: [ExportFile] = []
        for item in selection.items {
            let name = "\(item.projectSlug)-\(ExportNaming.typeSlug(item.integration.type))"
            let (manifest, secret) = manifests(item, name: name)
            files.append(ExportFile(path: "\(name).yaml", contents: manifest))
            if let secret { files.append(ExportFile(path: "\(name)-secret.yaml", contents: secret)) }
        }
        var kustomization = [
            "# Atlas third-party integrations, exported by atlas-integrations \(AtlasAdminVersion.current),",
            "# for the MongoDB Atlas Kubernetes operator (\(apiVersion) \(kind)).",
            "# Before `kubectl apply -k .`: fill every \(ExportItem.Placeholder.marker) in the -secret.yaml files, and",
            "# create the Secret \(connectionSecret) (orgId, publicApiKey, privateApiKey) in the namespace.",
        ]
        if !selection.leftOut.isEmpty {
            kustomization.append("#")
            kustomization.append("# Not exported: the operator cannot express these.")
            kustomization += selection.leftOutLines.map { "#   \(ExportQuoting.commentText($0))" }
        }
        kustomization += ["apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources:"]
        kustomization += files.map { "  - \(ExportQuoting.quoted($0.path, .yaml))" }
        if files.isEmpty { kustomization[kustomization.count - 1] = "resources: []" }
        return files + [ExportFile(path: "kustomization.yaml", contents: kustomization.joined(separator: "\n") + "\n")]
    }

    private static func manifests(_ item: ExportItem, name: String) -> (String, String?) {
        let member = item.entry.otherNames[.kubernetes] ?? item.integration.type.rawValue
        var spec: [String] = []
        var secretRefs: [String] = []
        var secretData: [(String, String)] = []
        var unnamed: [String] = []
        for (field, value) in item.values {
            guard let path = field.otherNames[.kubernetes] else {
                unnamed.append(field.key)
                continue
            }
            let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                if !secretRefs.contains(parts[0]) { secretRefs.append(parts[0]) }
                secretData.append((parts[1], yamlValue(value, item)))
            } else {
                spec.append("    \(path): \(yamlValue(value, item))")
            }
        }
        let secretName = "\(name)-secret"
        spec = secretRefs.flatMap { ["    \($0):", "      name: \(ExportQuoting.quoted(secretName, .yaml))"] } + spec
        var manifest = [
            "# \(ExportQuoting.commentText(item.typeName)) of project \(ExportQuoting.commentText(item.project.name)) (\(item.project.id))",
        ]
        if !unnamed.isEmpty {
            manifest.append("# Not expressible in the operator, so left as Atlas holds it: \(unnamed.joined(separator: ", ")).")
        }
        manifest += [
            "apiVersion: \(apiVersion)",
            "kind: \(kind)",
            "metadata:",
            "  name: \(ExportQuoting.quoted(name, .yaml))",
            "spec:",
            "  externalProjectRef:",
            "    id: \(ExportQuoting.quoted(item.project.id, .yaml))",
            "  connectionSecret:",
            "    name: \(ExportQuoting.quoted(connectionSecret, .yaml))",
            "  type: \(ExportQuoting.quoted(item.integration.type.rawValue, .yaml))",
            "  \(member):",
        ]
        manifest += spec.isEmpty ? ["    {}"] : spec
        guard !secretData.isEmpty else { return (manifest.joined(separator: "\n") + "\n", nil) }
        var secret = [
            "# The keys of \(ExportQuoting.commentText(item.typeName)) of project \(ExportQuoting.commentText(item.project.name)) (\(item.project.id)).",
            "# Atlas never returns these values: replace each \(ExportItem.Placeholder.marker) before applying.",
            "apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: \(ExportQuoting.quoted(secretName, .yaml))",
            "  labels:",
            "    \(credentialsLabel.0): \(credentialsLabel.1)",
            "type: Opaque",
            "stringData:",
        ]
        secret += secretData.map { "  \($0.0): \($0.1)" }
        return (manifest.joined(separator: "\n") + "\n", secret.joined(separator: "\n") + "\n")
    }

    /// The operator takes every toggle as the string `enabled` or `disabled`.
    private static func yamlValue(_ value: ExportItem.Value, _ item: ExportItem) -> String {
        switch value {
        case .text(let text): ExportQuoting.quoted(text, .yaml)
        case .flag(let flag): ExportQuoting.quoted(flag ? "enabled" : "disabled", .yaml)
        case .number(let number): ExportQuoting.quoted(JSONValue.text(of: number), .yaml)
        case .hidden(let placeholder): ExportQuoting.quoted(placeholder.text(typeName: item.typeName), .yaml)
        }
    }
}
