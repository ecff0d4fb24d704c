import AtlasHashing
import Foundation

/// 24-hex identifiers shaped like MongoDB ObjectIds, as Atlas uses for
/// organizations, projects and integrations.
enum ObjectId {
    /// A fresh id: 4 bytes of Unix time, then 8 random bytes.
    ///
    /// The time prefix keeps ids roughly ordered by creation, as real
    /// ObjectIds are; the random tail comes from libcrypto's CSPRNG.
    static func make(now: Date = Date()) -> String {
        let seconds = UInt32(clamping: Int(now.timeIntervalSince1970))
        return hex(seconds, width: 8) + SecureRandom.hex(byteCount: 8)
    }

    /// Whether `text` has the shape Atlas requires of ids (`^[a-f0-9]{24}$`).
    static func isValid(_ text: String) -> Bool {
        isLowerHex(text, length: 24)
    }

    /// Whether `text` is exactly `length` lower-case hexadecimal digits.
    static func isLowerHex(_ text: String, length: Int) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
    }

    /// `value` as zero-padded lower-case hex of `width` digits.
    static func hex(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
