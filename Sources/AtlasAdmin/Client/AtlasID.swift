/// Checks the ids and names that go into request paths before anything is
/// sent, so a typo is reported at once and nothing odd reaches a URL.
///
/// `isValid` is the product's one rule for an Atlas id, wherever one comes
/// from (a flag, the environment, `config.toml`, a path); the sandbox keeps
/// its own copy as the independent peer, and a test compares the two.
public enum AtlasID {
    /// An Atlas object id: 24 lower-case hex digits.
    public static func isValid(_ id: String) -> Bool {
        id.utf8.count == 24 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Throws `.invalidInput` naming `field` unless `id` is a valid id.
    static func check(_ id: String, field: String, noun: String) throws(AtlasError) {
        guard isValid(id) else {
            let shown = MessageSanitizer.oneLine(String(id.prefix(40)))
            throw .invalidInput(
                field: field,
                message: tr(noun == "organization" ? "failures.input.organizationID" : "failures.input.projectID", shown))
        }
    }

    /// An integration type as it appears in a path: `PAGER_DUTY`, or an
    /// unknown kind's upper-case name.
    static func check(_ type: IntegrationType) throws(AtlasError) {
        let raw = type.rawValue.utf8
        let ok = (1...64).contains(raw.count) && raw.allSatisfy {
            (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "_")
        }
        guard ok else {
            let shown = MessageSanitizer.oneLine(String(type.rawValue.prefix(40)))
            throw .invalidInput(field: "type", message: tr("failures.input.type", shown))
        }
    }

    /// A project name for `/groups/byName/{name}`: 1 to 64 characters.
    static func check(projectName name: String) throws(AtlasError) {
        guard (1...64).contains(name.count) else {
            throw .invalidInput(field: "name", message: tr("failures.input.projectName"))
        }
    }
}
