import CLibCrypto

/// A hash function that HTTP Digest authentication (RFC 7616) can name.
///
/// Hashing is done by the system's libcrypto rather than by code of our own:
/// both the client (`AtlasAdmin`) and the local server (`AtlasSandbox`) use
/// this one type, so a digest computed on one side is checked on the other
/// with the same maintained implementation.
public enum DigestAlgorithm: String, Sendable, CaseIterable {
    case md5 = "MD5"
    case sha256 = "SHA-256"

    /// Parses the `algorithm` parameter of a challenge; absent means MD5.
    public init?(headerValue: String?) {
        guard let value = headerValue?.trimmingQuotes.uppercased() else {
            self = .md5
            return
        }
        switch value {
        case "MD5": self = .md5
        case "SHA-256": self = .sha256
        default: return nil
        }
    }

    /// The lower-case hexadecimal digest of the UTF-8 bytes of `text`.
    public func hex(_ text: String) -> String {
        hex(bytes: Array(text.utf8))
    }

    /// The lower-case hexadecimal digest of `bytes`.
    public func hex(bytes: [UInt8]) -> String {
        let md: OpaquePointer? = switch self {
        case .md5: EVP_md5()
        case .sha256: EVP_sha256()
        }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, md, nil)
            }
        }
        precondition(ok == 1, "libcrypto EVP_Digest failed")
        return output.prefix(Int(length)).map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]], as: UTF8.self)
        }.joined()
    }
}

/// Random bytes from libcrypto's CSPRNG, for nonces and ids.
public enum SecureRandom {
    /// `count` random bytes as lower-case hex (2 × count characters).
    public static func hex(byteCount count: Int) -> String {
        var bytes = [UInt8](repeating: 0, count: count)
        var generator = SystemRandomNumberGenerator()
        if bytes.withUnsafeMutableBufferPointer({ RAND_bytes($0.baseAddress, Int32(count)) }) != 1 {
            for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &generator) }
        }
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    var trimmingQuotes: String {
        var text = Substring(self)
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            text = text.dropFirst().dropLast()
        }
        return String(text)
    }
}
