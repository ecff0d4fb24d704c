import Foundation

/// One integration of one project, as every format sees it: its catalog
/// entry, its names in the export, and each field's value sorted into what
/// may be written as it is and what must be filled in by the operator.
struct ExportItem: Sendable {
    var project: ExportedProject
    /// The project's name in identifiers and file names, unique in the export.
    var projectSlug: String
    var integration: Integration
    var entry: CatalogEntry

    /// A field's value as an export may write it.
    enum Value: Sendable, Hashable {
        case text(String)
        case flag(Bool)
        case number(Double)
        /// Atlas masks it or never returns it: the operator supplies it.
        case hidden(Placeholder)
    }

    /// What stands in for a value Atlas hides: never the masked text, only
    /// what it left visible at the end, so the operator can tell which key
    /// belongs there.
    struct Placeholder: Sendable, Hashable {
        var field: CatalogField
        /// The last characters Atlas showed (letters and digits only), or nil.
        var visibleTail: String?

        /// The marker every placeholder starts with; the `atlas-api` script
        /// refuses a body that still holds it.
        static let marker = "REPLACE-ME"

        /// `REPLACE-ME: the Datadog API key (Atlas shows only its end: …f024)`.
        func text(typeName: String) -> String {
            let end: String = switch field.readBack {
            case .writeOnly: "Atlas never returns it"
            default: visibleTail.map { "Atlas shows only its end: …\($0)" } ?? "Atlas never shows it"
            }
            return "\(Self.marker): the \(typeName) \(field.noun) (\(end))"
        }
    }

    var typeName: String { entry.displayName }

    /// The fields the integration holds a value for, in catalog order, with
    /// that value.
    var values: [(field: CatalogField, value: Value)] {
        entry.fields.compactMap { field in
            if field.readBack.hidesValue {
                // A hidden field the read shows as absent was never set,
                // except a write-only one, which is never shown.
                guard integration.fields[field.key] != nil || field.readBack == .writeOnly else { return nil }
                let tail = integration.masked(field.key).map { Self.safeTail($0.visibleTail) } ?? nil
                return (field, .hidden(Placeholder(field: field, visibleTail: tail)))
            }
            switch integration.fields[field.key] {
            case .text(let text)?: return text.isEmpty ? nil : (field, .text(text))
            case .bool(let flag)?: return (field, .flag(flag))
            case .number(let number)?: return (field, .number(number))
            // A clear field that came back looking masked is still not
            // something to write back.
            case .masked(let masked)?: return (field, .hidden(Placeholder(field: field, visibleTail: Self.safeTail(masked.visibleTail))))
            case .null?, .other?, nil: return nil
            }
        }
    }

    /// At most four trailing letters or digits: what identifies a key,
    /// and nothing a hostile answer could smuggle into a file.
    static func safeTail(_ tail: String) -> String? {
        let kept = String(tail.suffix(4))
        guard !kept.isEmpty, kept.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return nil }
        return kept
    }
}

/// The integrations an export covers, and the ones it must name as left out.
struct ExportSelection: Sendable {
    var items: [ExportItem]
    /// Integrations the format cannot express, with the reason.
    var leftOut: [(item: ExportItem, reason: String)]

    init(_ projects: [ExportedProject], types: Set<IntegrationType>?, format: ExportFormat) {
        let slugs = ExportNaming.projectSlugs(projects)
        var items: [ExportItem] = []
        var leftOut: [(ExportItem, String)] = []
        for project in projects {
            // An id is written into paths, identifiers and a shell script:
            // only Atlas's own shape is.
            guard AtlasID.isValid(project.id) else { continue }
            let integrations = project.integrations
                .filter { types?.contains($0.type) ?? true }
                .sorted { $0.type < $1.type }
            for integration in integrations {
                let item = ExportItem(
                    project: project, projectSlug: slugs[project.id] ?? project.id, integration: integration,
                    entry: IntegrationCatalog.entry(for: integration.type))
                if let reason = Self.reason(item.entry, format) {
                    leftOut.append((item, reason))
                } else {
                    items.append(item)
                }
            }
        }
        self.items = items
        self.leftOut = leftOut
    }

    /// Why `format` cannot express integrations of the entry's type.
    static func reason(_ entry: CatalogEntry, _ format: ExportFormat) -> String? {
        guard entry.type.isKnown else { return "this version does not know the kind's fields" }
        if let tool = format.tool {
            if let reason = entry.notExpressible[tool] { return reason }
            if entry.otherNames[tool] == nil { return "the tool has no name for it" }
            return nil
        }
        // `atlas api` sends what Atlas accepts, so a type Atlas does not let
        // this product write cannot be sent either.
        return entry.limitation?.englishReason
    }

    /// The header lines naming what was left out, for a comment.
    var leftOutLines: [String] {
        leftOut.map { item, reason in
            "\(item.typeName) of project \(item.project.name) (\(item.project.id)): \(reason)"
        }
    }
}

/// Names the exported files and identifiers are built from.
enum ExportNaming {
    /// Each project's slug: its name in lower-case ASCII letters, digits and
    /// `-`, or `project-<id>` when nothing of the name is left (a Japanese
    /// name); a slug two projects share gets the end of each one's id.
    static func projectSlugs(_ projects: [ExportedProject]) -> [String: String] {
        let plain = projects.map { ($0.id, slug($0.name) ?? "project-\($0.id)") }
        let counts = Dictionary(plain.map { ($0.1, 1) }, uniquingKeysWith: +)
        return Dictionary(
            plain.map { id, slug in (id, counts[slug, default: 0] > 1 ? "\(slug)-\(id.suffix(6))" : slug) },
            uniquingKeysWith: { first, _ in first })
    }

    static func slug(_ name: String) -> String? {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? nil : String(out.prefix(50))
    }

    /// `PAGER_DUTY` as `pager-duty`.
    static func typeSlug(_ type: IntegrationType) -> String {
        type.rawValue.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// An HCL identifier: letters, digits and `_`, not starting with a digit.
    static func identifier(_ parts: String...) -> String {
        let joined = parts.joined(separator: "_").replacingOccurrences(of: "-", with: "_")
        return joined.first?.isNumber == true ? "p_" + joined : joined
    }
}
