import AtlasAdmin
import Foundation

/// The fleet matrix as text for scripts and tickets: an aligned table, CSV
/// or JSON, of the rows shown (filter and sort applied). Every string from
/// Atlas is made safe to print; masked values appear only as Atlas masked
/// them (`****0022`, `https://example.com/****2101`), never a secret.
public enum MatrixExport {
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    public static func render(_ matrix: FleetMatrix, as format: Format) -> String {
        switch format {
        case .table: table(matrix)
        case .csv: csv(matrix)
        case .json: json(matrix)
        }
    }

    // MARK: - Table

    /// Columns aligned by display width (CJK names take two columns a
    /// character), then one summary line per type.
    public static func table(_ matrix: FleetMatrix) -> String {
        // Wide enough for a key's tail and region; a long clear value (a
        // Prometheus user name) is cut: CSV and JSON have it whole.
        let cellWidth = 20
        let columns = matrix.types.indices
        let header = [tr("matrix.table.project"), tr("matrix.table.organization")] + matrix.types.map { IntegrationCatalog.entry(for: $0).displayName }
        var rows: [[String]] = []
        for row in matrix.visibleRows {
            let project = matrix.projects[row]
            rows.append([project.name, project.organization] + columns.map {
                MatrixCellText.short(matrix.cell(row, $0), width: cellWidth, unread: "?")
            })
        }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, text) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(text)) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { text += "  " }
                text += index == cells.count - 1 ? cell : TextFitting.fit(cell, to: widths[index])
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = [line(header)] + rows.map(line)
        out.append("")
        for column in columns { out.append(matrix.summary(column).text()) }
        out.append(tr("matrix.table.legend", MatrixCellText.differsMark, MatrixCellText.missing,
                      MatrixCellText.notCreatable, MatrixCellText.viewOnlyMark))
        let failures = matrix.visibleRows.compactMap { row -> String? in
            guard let error = matrix.read(matrix.projects[row].id)?.failure else { return nil }
            let project = matrix.projects[row]
            return "  \(project.name) (\(project.organization)): \(Sanitizer.sanitize(error.localizedMessage, maxCharacters: 300))"
        }
        if !failures.isEmpty {
            out.append(tr("matrix.table.notread"))
            out += failures
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - CSV

    /// RFC 4180 CSV: project and organization ids and names, one column per
    /// type (`configured serviceKey=****0022; region=US`, `differs …`,
    /// `missing`, `error`, `not read`), and the error of a project that could
    /// not be read.
    public static func csv(_ matrix: FleetMatrix) -> String {
        var lines = [(["project_id", "project", "organization_id", "organization"]
            + matrix.types.map(\.rawValue) + ["error"]).map(csvField).joined(separator: ",")]
        for row in matrix.visibleRows {
            let project = matrix.projects[row]
            var fields = [project.id, spreadsheetSafe(project.name), project.organizationID,
                          spreadsheetSafe(project.organization)]
            for column in matrix.types.indices {
                fields.append(csvCell(matrix.cell(row, column)))
            }
            fields.append(matrix.read(project.id)?.failure.map { Sanitizer.sanitize($0.message, maxCharacters: 300) } ?? "")
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvCell(_ cell: MatrixCell) -> String {
        switch cell {
        case .unread: "not read"
        case .failed: "error"
        case .missing: "missing"
        case .configured(let configured):
            (configured.differs ? "differs " : "configured ") + MatrixCellText.fields(configured.fingerprint)
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A name a spreadsheet would take for a formula (`=…`, `+…`, `-…`,
    /// `@…`) gets a leading `'`, which spreadsheets show as text.
    static func spreadsheetSafe(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    // MARK: - JSON

    public static func json(_ matrix: FleetMatrix) -> String {
        let report = Report(matrix)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        var filter: Filter
        var progress: Progress
        var columns: [Column]
        var projects: [ProjectEntry]

        init(_ matrix: FleetMatrix) {
            filter = Filter(text: matrix.query, missing: nil, differs: nil, sort: matrix.sort.rawValue)
            switch matrix.filter {
            case .none: break
            case .missing(let type): filter.missing = type.rawValue
            case .differs(let type): filter.differs = type.rawValue
            }
            let progress = matrix.progress
            self.progress = Progress(projects: progress.total, read: progress.read, failed: progress.failed)
            columns = matrix.types.indices.map { column in
                let summary = matrix.summary(column)
                return Column(
                    type: summary.type.rawValue, name: IntegrationCatalog.entry(for: summary.type).displayName,
                    configured: summary.configured, read: summary.read, variants: summary.variants,
                    mostCommon: summary.mostCommon.map(Field.values), mostCommonCount: summary.mostCommonCount)
            }
            projects = matrix.visibleRows.map { row in
                let project = matrix.projects[row]
                let read = matrix.read(project.id)
                var entry = ProjectEntry(
                    id: project.id, name: project.name, organizationId: project.organizationID,
                    organization: project.organization, readAt: read?.readAt, error: nil, integrations: nil)
                switch read?.outcome {
                case .failure(let error)?:
                    entry.error = ErrorEntry(
                        status: error.status, errorCode: error.errorCode.map { Sanitizer.sanitize($0, maxCharacters: 120) },
                        message: Sanitizer.sanitize(error.message, maxCharacters: 300))
                case .success?:
                    var integrations: [String: Cell] = [:]
                    for (column, type) in matrix.types.enumerated() {
                        switch matrix.cell(row, column) {
                        case .configured(let configured):
                            integrations[type.rawValue] = Cell(
                                state: "configured", differs: configured.differs,
                                fields: Field.values(configured.fingerprint))
                        default:
                            integrations[type.rawValue] = Cell(state: "missing", differs: nil, fields: nil)
                        }
                    }
                    entry.integrations = integrations
                case nil:
                    break
                }
                return entry
            }
        }
    }

    struct Filter: Encodable {
        var text: String
        var missing: String?
        var differs: String?
        var sort: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(missing, forKey: .missing)
            try container.encode(differs, forKey: .differs)
            try container.encode(sort, forKey: .sort)
        }

        enum CodingKeys: String, CodingKey { case text, missing, differs, sort }
    }

    struct Progress: Encodable {
        var projects: Int
        var read: Int
        var failed: Int
    }

    struct Column: Encodable {
        var type: String
        var name: String
        var configured: Int
        var read: Int
        var variants: Int
        var mostCommon: [String: Field]?
        var mostCommonCount: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(name, forKey: .name)
            try container.encode(configured, forKey: .configured)
            try container.encode(read, forKey: .read)
            try container.encode(variants, forKey: .variants)
            try container.encode(mostCommon, forKey: .mostCommon)
            try container.encode(mostCommonCount, forKey: .mostCommonCount)
        }

        enum CodingKeys: String, CodingKey { case type, name, configured, read, variants, mostCommon, mostCommonCount }
    }

    struct ProjectEntry: Encodable {
        var id: String
        var name: String
        var organizationId: String
        var organization: String
        var readAt: Date?
        var error: ErrorEntry?
        var integrations: [String: Cell]?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(organizationId, forKey: .organizationId)
            try container.encode(organization, forKey: .organization)
            try container.encode(readAt, forKey: .readAt)
            try container.encode(error, forKey: .error)
            try container.encode(integrations, forKey: .integrations)
        }

        enum CodingKeys: String, CodingKey { case id, name, organizationId, organization, readAt, error, integrations }
    }

    struct ErrorEntry: Encodable {
        var status: Int?
        var errorCode: String?
        var message: String
    }

    struct Cell: Encodable {
        var state: String
        var differs: Bool?
        var fields: [String: Field]?
    }

    /// A field's value as a read shows it: text (masked as Atlas masked
    /// it), or a toggle as a JSON boolean.
    enum Field: Encodable {
        case text(String)
        case flag(Bool)

        static func values(_ fingerprint: IntegrationFingerprint) -> [String: Field] {
            var values: [String: Field] = [:]
            for part in fingerprint.parts {
                values[part.key] = part.isFlag ? .flag(part.value == "on") : .text(MatrixCellText.clean(part.value))
            }
            return values
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .flag(let flag): try container.encode(flag)
            }
        }
    }
}
