/// The top line: which Atlas this is (base URL, or DEMO), how it signs in,
/// which profile, and READ-ONLY when writes are off, so an operator never
/// mistakes production for the demo.
public struct StatusLine: Sendable, Hashable {
    public var target: String
    public var isDemo: Bool
    public var authKind: String
    public var profile: String?
    public var readOnly: Bool

    public init(target: String, isDemo: Bool, authKind: String, profile: String?, readOnly: Bool) {
        self.target = target
        self.isDemo = isDemo
        self.authKind = authKind
        self.profile = profile
        self.readOnly = readOnly
    }

    /// `activity` (a spinner and a word) shows at the right edge.
    public func view(width: Int, glyphs: Glyphs, activity: String? = nil) -> Line {
        var line = Line()
        line.append(" atlas-integrations ", .statusBar)
        if isDemo { line.append(" " + tr("common.status.demo") + " ", .statusDemo) }
        if readOnly { line.append(" " + tr("common.status.readonly") + " ", .statusReadOnly) }
        var details = " " + (isDemo ? tr("common.status.sandbox", target) : target) + " \(glyphs.separator) \(Self.authText(authKind))"
        if let profile, !profile.isEmpty { details += " \(glyphs.separator) " + tr("common.status.profile", profile) }
        let right = activity.map { " \($0) " } ?? ""
        let room = max(width - line.width - DisplayWidth.of(right), 0)
        line.append(TextFitting.fit(details, to: room, ellipsis: glyphs.ellipsis), .statusBar)
        line.append(right, .statusBar)
        return line.fitted(to: width, ellipsis: glyphs.ellipsis, fill: .statusBar)
    }

    /// How requests are signed, in the operator's language: the launcher
    /// names it with one of a few fixed English phrases.
    static func authText(_ kind: String) -> String {
        switch kind {
        case "API key (Digest)": tr("common.status.auth.apikey")
        case "service account": tr("common.status.auth.serviceaccount")
        case "none": tr("common.status.auth.none")
        default: kind
        }
    }
}
