import AtlasAdmin
import Foundation

/// The words and marks of a matrix cell, the same in the TUI, the table,
/// CSV and JSON: every string from Atlas made safe to draw, masked values
/// only ever as Atlas masked them.
public enum MatrixCellText {
    /// The mark of a cell that differs from its column's most common value.
    public static let differsMark = "*"
    /// A type the project has none of.
    public static let missing = "-"
    /// None, and it cannot be created from here (Slack, New Relic, HipChat).
    public static let notCreatable = "n/a"
    /// Before the value of a configured one of those types: it is shown
    /// like the others, and this says it cannot be created or changed from
    /// here before Enter finds out.
    public static let viewOnlyMark = "~"

    /// A fingerprint value, safe to draw.
    static func clean(_ text: String) -> String {
        Sanitizer.sanitize(text, maxCharacters: 200)
    }

    /// At most `width` columns: `0022`, `0022 US`, `0022*`, `~9abc`, `-`,
    /// `n/a`, `403`; `unread` for a cell not read yet.
    public static func short(_ cell: MatrixCell, width: Int, unread: String = "…", ellipsis: String = "…") -> String {
        switch cell {
        case .unread: return TextFitting.truncate(unread, to: width, ellipsis: ellipsis)
        case .failed(let error): return TextFitting.truncate(failureCode(error), to: width, ellipsis: ellipsis)
        case .missing(let limitation): return limitation == nil ? missing : TextFitting.truncate(notCreatable, to: width, ellipsis: "")
        case .configured(let configured):
            let lead = configured.limitation == nil ? "" : viewOnlyMark
            let mark = configured.differs ? differsMark : ""
            let headline = clean(configured.fingerprint.headline ?? "✔")
            let room = max(width - DisplayWidth.of(mark) - DisplayWidth.of(lead), 1)
            if let qualifier = configured.fingerprint.qualifier.map(clean) {
                let both = headline + " " + qualifier
                if DisplayWidth.of(both) <= room { return lead + both + mark }
            }
            return lead + TextFitting.truncate(headline, to: room, ellipsis: ellipsis) + mark
        }
    }

    /// `401`, `403`, `429`, or `err` for a failure without a status.
    public static func failureCode(_ error: AtlasError) -> String {
        error.status.map(String.init) ?? "err"
    }

    /// The cell in words: `service key ****0022 · region US`, `not configured`,
    /// `create in the Atlas UI only (OAuth2)`, `403 …: detail`.
    public static func full(_ cell: MatrixCell, separator: String = "·") -> String {
        switch cell {
        case .unread: return tr("matrix.cell.unread")
        case .failed(let error): return Sanitizer.sanitize(error.localizedMessage, maxCharacters: 300)
        case .missing(let limitation): return limitation?.whenMissing ?? tr("matrix.cell.missing")
        case .configured(let configured):
            let parts = configured.fingerprint.parts.map { part in
                "\(noun(part.label)) \(clean(part.value))"
            }
            return parts.isEmpty ? tr("matrix.cell.configured") : parts.joined(separator: " \(separator) ")
        }
    }

    /// `serviceKey=****0022; region=US`: the fields by their Atlas keys, for CSV.
    public static func fields(_ fingerprint: IntegrationFingerprint) -> String {
        fingerprint.parts.map { "\($0.key)=\(clean($0.value))" }.joined(separator: "; ")
    }

    private static func noun(_ label: String) -> String {
        guard let first = label.first, label.dropFirst().first?.isLowercase ?? true else { return label }
        return first.lowercased() + label.dropFirst()
    }
}
