/// How to tell, from a read, whether a write whose answer was lost was
/// applied: what Atlas would show for each field sent, compared the way the
/// catalog says Atlas returns it (clear values exactly, masked values by
/// their last four characters, write-only values not at all).
public enum WriteReadBack {
    /// One field as a read would show it after the write.
    public enum Expected: Sendable, Hashable, Codable {
        case text(String)
        case bool(Bool)
        /// The last characters Atlas leaves visible of a masked value.
        case maskedTail(String)
    }

    /// What a read shows after `settings` were applied; write-only fields
    /// and fields sent empty are left out (a read cannot confirm them).
    /// Masked fields keep only their last four characters, which Atlas
    /// shows to anyone who can read the project.
    public static func expectation(of settings: IntegrationSettings) -> [String: Expected] {
        let entry = IntegrationCatalog.entry(for: settings.type)
        var expected: [String: Expected] = [:]
        for (key, value) in settings.fields {
            let readBack = entry.field(key)?.readBack ?? .clear
            switch (readBack, value) {
            case (.writeOnly, _), (_, .null): continue
            case (_, .bool(let flag)): expected[key] = .bool(flag)
            case (.clear, _): if let text = value.text { expected[key] = .text(text) }
            case (.maskedWhole, _), (.maskedURL, _):
                if let text = value.text, !text.isEmpty { expected[key] = .maskedTail(String(text.suffix(4))) }
            }
        }
        return expected
    }

    /// Whether `read` (nil: none configured) holds what `expected` says.
    public static func holds(_ expected: [String: Expected], in read: Integration?) -> Bool {
        guard let read else { return false }
        return expected.allSatisfy { key, value in
            switch value {
            case .text(let text): read.text(key) == text
            case .bool(let flag): read.bool(key) == flag
            case .maskedTail(let tail): read.masked(key).map { String($0.visibleTail.suffix(4)) == tail } ?? false
            }
        }
    }
}

/// What reading a write back found.
public enum WriteCheck: Sendable, Equatable {
    /// Atlas holds what was sent (or, for a delete, no longer holds the type).
    case applied
    /// Atlas does not hold it: the write did not take effect.
    case notApplied
}

extension AtlasError {
    /// Whether Atlas may have applied a write that failed this way: the
    /// request went out and the answer was lost or cut short (a timeout, a
    /// dropped connection, an unreadable or server-error answer, a cancel).
    /// A refused connection, a DNS or TLS failure, or an Atlas 4xx mean it
    /// was not applied.
    public var leavesWriteOutcomeUnknown: Bool {
        switch self {
        case .api(let detail): detail.status >= 500
        case .transport(let failure): [.timeout, .reset, .malformedBody, .other].contains(failure.kind)
        case .cancelled: true
        case .invalidInput: false
        }
    }
}
