import Foundation

/// `main.tf` for the MongoDB Atlas Terraform provider: a resource per
/// integration with the provider's attribute names (from the catalog), an
/// `import` block per resource so `terraform plan` adopts what Atlas holds
/// instead of failing with INTEGRATION_ALREADY_CONFIGURED, and a sensitive
/// variable for every value Atlas hides, so no secret and no masked copy is
/// ever written as a literal.
enum TerraformExport {
    /// The provider's resource type and registry source.
    static let resourceType = "mongodbatlas_third_party_integration"
    static let providerSource = "mongodb/mongodbatlas"

    static func files(_ selection: ExportSelection) -> [ExportFile] {
        var out = header(selection)
        out += """
            terraform {
              required_providers {
                mongodbatlas = {
                  source = \(ExportQuoting.quoted(providerSource, .hcl))
                }
              }
            }

            """
        var variables = ""
        for item in selection.items {
            let (resource, itemVariables) = resourceBlock(item)
            out += "\n" + resource
            variables += itemVariables
        }
        if !variables.isEmpty {
            out += "\n# Values Atlas hides (masked on every read, or never returned): give them in a\n"
            out += "# .tfvars file kept out of version control, or as TF_VAR_<name> in the environment.\n"
            out += variables
        }
        return [ExportFile(path: "main.tf", contents: out)]
    }

    private static func header(_ selection: ExportSelection) -> String {
        var lines = [
            "# Atlas third-party integrations, exported by atlas-integrations \(AtlasAdminVersion.current).",
            "# Provider: registry.terraform.io/\(providerSource), resource \(resourceType).",
            "# `terraform plan` imports each integration (the import blocks need Terraform 1.5 or later).",
        ]
        if !selection.leftOut.isEmpty {
            lines.append("#")
            lines.append("# Not exported: the provider cannot express these.")
            lines += selection.leftOutLines.map { "#   \(ExportQuoting.commentText($0))" }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private static func resourceBlock(_ item: ExportItem) -> (String, String) {
        let name = ExportNaming.identifier(item.projectSlug, ExportNaming.typeSlug(item.integration.type))
        var attributes: [(String, String)] = [
            ("project_id", ExportQuoting.quoted(item.project.id, .hcl)),
            ("type", ExportQuoting.quoted(item.entry.otherNames[.terraform] ?? item.integration.type.rawValue, .hcl)),
        ]
        var variables = ""
        var unnamed: [String] = []
        for (field, value) in item.values {
            guard let attribute = field.otherNames[.terraform] else {
                unnamed.append(field.key)
                continue
            }
            switch value {
            case .text(let text): attributes.append((attribute, ExportQuoting.quoted(text, .hcl)))
            case .flag(let flag): attributes.append((attribute, flag ? "true" : "false"))
            case .number(let number): attributes.append((attribute, JSONValue.text(of: number)))
            case .hidden(let placeholder):
                let variable = ExportNaming.identifier(name, attribute)
                attributes.append((attribute, "var.\(variable)"))
                variables += """

                    variable "\(variable)" {
                      description = \(ExportQuoting.quoted(placeholder.text(typeName: item.typeName).replacingPrefix(ExportItem.Placeholder.marker + ": ", with: "") + ", project \(item.project.name)", .hcl))
                      type        = string
                      sensitive   = true
                    }

                    """
            }
        }
        let width = attributes.map(\.0.count).max() ?? 0
        var block = "# \(ExportQuoting.commentText(item.typeName)) of project \(ExportQuoting.commentText(item.project.name)) (\(item.project.id))\n"
        if !unnamed.isEmpty {
            block += "# Not expressible in the provider, so left as Atlas holds it: \(unnamed.joined(separator: ", ")).\n"
        }
        block += "resource \"\(resourceType)\" \"\(name)\" {\n"
        for (attribute, value) in attributes {
            block += "  \(attribute.padding(toLength: width, withPad: " ", startingAt: 0)) = \(value)\n"
        }
        block += "}\n\n"
        block += "import {\n"
        block += "  to = \(resourceType).\(name)\n"
        block += "  id = \(ExportQuoting.quoted("\(item.project.id)-\(item.entry.otherNames[.terraform] ?? item.integration.type.rawValue)", .hcl))\n"
        block += "}\n"
        return (block, variables)
    }
}

extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
