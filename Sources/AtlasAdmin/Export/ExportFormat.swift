/// The tools an export writes files for.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// `mongodbatlas_third_party_integration` resources with `import` blocks
    /// and a sensitive variable for every value Atlas hides.
    case terraform
    /// The Atlas Kubernetes operator's `AtlasThirdPartyIntegration`
    /// manifests, each beside the `Secret` it reads its keys from.
    case kubernetes
    /// One request body per integration for `atlas api thirdPartyIntegrations
    /// updateGroupIntegration --file`, and a script that sends them.
    case atlasAPI = "atlas-api"

    /// What the operator reads in a chooser and a message.
    public var title: String {
        switch self {
        case .terraform: "Terraform"
        case .kubernetes: "Kubernetes operator"
        case .atlasAPI: "atlas api JSON"
        }
    }

    /// The other tool whose names the catalog holds, for the formats that
    /// use names other than Atlas's own.
    var tool: OtherTool? {
        switch self {
        case .terraform: .terraform
        case .kubernetes: .kubernetes
        case .atlasAPI: nil
        }
    }
}

/// One file of an export, its path relative to the export's directory.
public struct ExportFile: Sendable, Hashable {
    public var path: String
    public var contents: String
    /// A script the operator runs (written 0700 instead of 0600).
    public var isExecutable: Bool

    public init(path: String, contents: String, isExecutable: Bool = false) {
        self.path = path
        self.contents = contents
        self.isExecutable = isExecutable
    }
}

/// One project's integrations as read from Atlas: what an export turns
/// into files.
public struct ExportedProject: Sendable, Hashable {
    public var id: String
    public var name: String
    public var integrations: [Integration]

    public init(id: String, name: String, integrations: [Integration]) {
        self.id = id
        self.name = name
        self.integrations = integrations
    }

    /// The project in file and directory names: the ASCII of its name
    /// (`qa-automation`), or `project-<id>` when none is left.
    public var fileStem: String { ExportNaming.slug(name) ?? "project-\(id)" }
}
