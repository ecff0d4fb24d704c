import Foundation
import TestSupport

/// Seeded damage to JSON bodies: each call returns one mutated copy.
///
/// The mutations are the ways a body goes wrong on a flaky link or from a
/// misbehaving proxy, plus the values a hostile or buggy server could send:
/// flipped bytes, a body cut short, random bytes, control characters and
/// odd Unicode spliced in, deep nesting, huge strings, a number or `null`
/// where a string belongs.
struct JSONMutator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Scalars that have broken decoders and terminals before.
    static let awkwardScalars: [String] = [
        "\u{0}", "\u{1B}", "\u{1B}[31m", "\u{1B}]52;c;cHduZWQ=\u{7}", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}",
        "\u{200B}", "\u{FEFF}", "\u{FFFD}", "\u{10FFFF}", "\u{1F600}", "e\u{301}", "\\u0000", "\\ud800", "\\udc00x",
        "\\u", "\\", "\"", "\u{2028}", "東", "\r\n", "\t",
    ]

    static let awkwardValues: [String] = [
        "null", "0", "-1", "1e400", "-1e400", "1.5", "9223372036854775808", "-9223372036854775809", "true",
        "[]", "{}", "\"\"", "[null]", "{\"\":null}", "1E+2", "-0", "0.0000000000000000000001",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    mutating func mutate(_ body: [UInt8]) -> [UInt8] {
        var bytes = body
        // One to three mutations stacked, so damage combines.
        for _ in 0..<int(1...3) {
            bytes = mutateOnce(bytes)
        }
        return bytes
    }

    private mutating func position(in bytes: [UInt8]) -> Int {
        bytes.isEmpty ? 0 : int(0...bytes.count)
    }

    private mutating func mutateOnce(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        switch int(0...11) {
        case 0:  // flip bits of one byte
            if !bytes.isEmpty {
                let at = int(0...bytes.count - 1)
                bytes[at] ^= UInt8(truncatingIfNeeded: 1 << int(0...7))
            }
        case 1:  // cut short
            bytes = Array(bytes.prefix(position(in: bytes)))
        case 2:  // random bytes, any value
            let count = int(1...16)
            let junk = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            bytes.insert(contentsOf: junk, at: position(in: bytes))
        case 3:  // an awkward scalar or escape, as UTF-8
            let text = Self.awkwardScalars[int(0...Self.awkwardScalars.count - 1)]
            bytes.insert(contentsOf: Array(text.utf8), at: position(in: bytes))
        case 4:  // wrap in deep nesting
            let depth = int(1...600)
            if int(0...1) == 0 {
                bytes = Array(repeating: UInt8(ascii: "["), count: depth) + bytes
                    + Array(repeating: UInt8(ascii: "]"), count: depth)
            } else {
                // {"a":{"a":…body…}}
                bytes = Array(String(repeating: "{\"a\":", count: depth).utf8) + bytes
                    + Array(repeating: UInt8(ascii: "}"), count: depth)
            }
        case 5:  // a huge string value in place of the first string
            bytes = replaceFirstString(in: bytes, with: "\"" + String(repeating: "x", count: int(10_000...40_000)) + "\"")
        case 6:  // a number, null or other value where a string belongs
            bytes = replaceFirstString(in: bytes, with: Self.awkwardValues[int(0...Self.awkwardValues.count - 1)])
        case 7:  // a value replaced by an awkward one after some colon
            bytes = replaceAfterColon(in: bytes, with: Self.awkwardValues[int(0...Self.awkwardValues.count - 1)])
        case 8:  // a structural byte dropped
            let structural: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
                                          UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "\"")]
            let indices = bytes.indices.filter { structural.contains(bytes[$0]) }
            if !indices.isEmpty { bytes.remove(at: indices[int(0...indices.count - 1)]) }
        case 9:  // a span duplicated
            if bytes.count > 2 {
                let start = int(0...bytes.count - 2)
                let end = int(start + 1...min(bytes.count, start + 64))
                bytes.insert(contentsOf: bytes[start..<end], at: position(in: bytes))
            }
        case 10:  // a control character inside a string
            let control = UInt8(int(0...0x1F))
            bytes.insert(control, at: position(in: bytes))
        default:  // a long run of one awkward scalar
            let text = Self.awkwardScalars[int(0...Self.awkwardScalars.count - 1)]
            let run = String(repeating: text, count: int(100...1_000))
            bytes = replaceFirstString(in: bytes, with: "\"" + run + "\"")
        }
        return bytes
    }

    /// Replaces a randomly chosen `"…"` string value (the text after a colon).
    private mutating func replaceFirstString(in bytes: [UInt8], with replacement: String) -> [UInt8] {
        let starts = bytes.indices.dropLast().filter { bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "\"") }
        guard !starts.isEmpty else { return bytes }
        let open = starts[int(0...starts.count - 1)] + 1
        var close = open + 1
        while close < bytes.count, bytes[close] != UInt8(ascii: "\"") || bytes[close - 1] == UInt8(ascii: "\\") { close += 1 }
        guard close < bytes.count else { return bytes }
        var copy = bytes
        copy.replaceSubrange(open...close, with: Array(replacement.utf8))
        return copy
    }

    /// Replaces the value after a randomly chosen colon, up to the next `,` or `}`.
    private mutating func replaceAfterColon(in bytes: [UInt8], with replacement: String) -> [UInt8] {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        guard !colons.isEmpty else { return bytes }
        let start = colons[int(0...colons.count - 1)] + 1
        var end = start
        var depth = 0
        var inString = false
        while end < bytes.count {
            let byte = bytes[end]
            if inString {
                if byte == UInt8(ascii: "\\") { end += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            } else if byte == UInt8(ascii: ","), depth == 0 {
                break
            }
            end += 1
        }
        var copy = bytes
        copy.replaceSubrange(start..<min(end, bytes.count), with: Array(replacement.utf8))
        return copy
    }
}
