import Foundation

/// `application/x-www-form-urlencoded`, as the OAuth token and revoke
/// endpoints expect (RFC 6749 Appendix B).
enum FormEncoding {
    /// `grant_type=client_credentials`, with names and values escaped.
    static func encode(_ fields: [(String, String)]) -> Data {
        Data(fields.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&").utf8)
    }

    /// Letters, digits and `*-._` as they are, a space as `+`, the rest as `%XX`.
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"),
                 UInt8(ascii: "."), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// `Basic base64(escape(id):escape(secret))`, the client authentication of
    /// RFC 6749 §2.3.1.
    static func basicAuthorization(user: String, password: SecretValue) -> String {
        let pair = escape(user) + ":" + escape(password.clearText)
        return "Basic " + Data(pair.utf8).base64EncodedString()
    }
}
