import AtlasAdmin

/// Which rows of the matrix show, beyond the text filter.
public enum MatrixFilter: Sendable, Hashable {
    case none
    /// Projects read and without an integration of the type.
    case missing(IntegrationType)
    /// Projects whose integration of the type differs from the column's most common one.
    case differs(IntegrationType)

    /// `missing PagerDuty`, `differs in Datadog`.
    public var label: String? {
        switch self {
        case .none: nil
        case .missing(let type): tr("matrix.filter.missing", type.displayName)
        case .differs(let type): tr("matrix.filter.differs", type.displayName)
        }
    }

    public var type: IntegrationType? {
        switch self {
        case .none: nil
        case .missing(let type), .differs(let type): type
        }
    }
}

/// The order of the matrix's rows.
public enum MatrixSort: String, Sendable, Hashable, CaseIterable {
    case name
    case organization
    /// Most types missing (of those that can be created here) first.
    case mostMissing = "missing"

    public var label: String {
        switch self {
        case .name: tr("matrix.sort.name")
        case .organization: tr("matrix.sort.organization")
        case .mostMissing: tr("matrix.sort.missing")
        }
    }

    /// The next order, for a key that cycles through them.
    public var next: MatrixSort {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
