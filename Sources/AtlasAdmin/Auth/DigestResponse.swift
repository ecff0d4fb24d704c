import Foundation
import AtlasHashing

/// Computes the `Authorization: Digest …` header for one request (RFC 7616 §3.4).
///
/// Pure: the caller supplies the nonce count and client nonce, which is what
/// lets the RFC's own example be checked exactly.
struct DigestResponse: Sendable, Hashable {
    var challenge: DigestChallenge
    var username: String
    var password: String
    var method: String
    /// The request-target, exactly as sent (`/api/atlas/v2/groups?pageNum=2`).
    var uri: String
    var nonceCount: Int
    var clientNonce: String

    /// `nc` as eight lower-case hex digits.
    var nonceCountText: String {
        let hex = String(nonceCount, radix: 16)
        return String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }

    /// The `response` parameter.
    var response: String {
        let hash = challenge.algorithm
        let ha1 = hash.hex("\(username):\(challenge.realm):\(password)")
        let ha2 = hash.hex("\(method):\(uri)")
        if challenge.usesQualityOfProtection {
            return hash.hex("\(ha1):\(challenge.nonce):\(nonceCountText):\(clientNonce):auth:\(ha2)")
        }
        return hash.hex("\(ha1):\(challenge.nonce):\(ha2)")
    }

    /// The whole header value.
    var headerValue: String {
        var parts = [
            "username=\(quoted(username))",
            "realm=\(quoted(challenge.realm))",
            "uri=\(quoted(uri))",
            "algorithm=\(challenge.algorithm.rawValue)",
            "nonce=\(quoted(challenge.nonce))",
        ]
        if challenge.usesQualityOfProtection {
            parts += ["nc=\(nonceCountText)", "cnonce=\(quoted(clientNonce))", "qop=auth"]
        }
        parts.append("response=\(quoted(response))")
        if let opaque = challenge.opaque { parts.append("opaque=\(quoted(opaque))") }
        return "Digest " + parts.joined(separator: ", ")
    }

    private func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
