import Foundation

/// Measures how deeply a JSON body nests, without parsing it.
///
/// Foundation's JSON scanner stops at 512 levels, but a body that ends just
/// as it reaches that limit (513 opening brackets and nothing after them, as
/// a cut-short body from a misbehaving proxy can be) makes the scanner trap
/// while it works out where the error is, taking the whole terminal session
/// down with the operator's unsaved input. Atlas bodies nest a handful of
/// levels, so anything deeper than `limit` is refused before any parser sees
/// it.
enum JSONNesting {
    /// Far beyond any Atlas body, far below the scanner's 512.
    static let limit = 64

    /// Whether `body` opens more than `limit` arrays and objects at once
    /// (brackets inside strings do not count).
    static func isTooDeep(_ body: Data, limit: Int = limit) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in body {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(depth - 1, 0)
            default:
                break
            }
        }
        return false
    }
}
