import CLibCrypto

/// HMAC-SHA-1 from the system's libcrypto: what Atlas signs webhook
/// deliveries with (`X-MMS-Signature`), so a test delivery can be signed
/// exactly as a receiver will see real alerts signed.
public enum HMACSHA1 {
    /// The 20-byte MAC of `message` keyed with `key`.
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        // A zero-length key or message is legal; libcrypto wants non-null
        // pointers for them, so both are read from copies that end in a byte.
        let keyCopy = key + [0]
        let messageCopy = message + [0]
        let result = keyCopy.withUnsafeBufferPointer { keyBytes in
            messageCopy.withUnsafeBufferPointer { messageBytes in
                output.withUnsafeMutableBufferPointer { out in
                    HMAC(EVP_sha1(), keyBytes.baseAddress, Int32(key.count),
                         messageBytes.baseAddress, message.count, out.baseAddress, &length)
                }
            }
        }
        precondition(result != nil, "libcrypto HMAC failed")
        return Array(output.prefix(Int(length)))
    }

    /// The base64 MAC of `message` keyed with the UTF-8 bytes of `secret`,
    /// as the `X-MMS-Signature` header carries it.
    public static func base64Signature(of message: [UInt8], secret: String) -> String {
        Base64.encode(mac(key: Array(secret.utf8), message: message))
    }
}

/// Standard base64 (RFC 4648, with padding), without Foundation.
public enum Base64 {
    public static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0f) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3f)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
