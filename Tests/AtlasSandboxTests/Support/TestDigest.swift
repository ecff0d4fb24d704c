import AtlasHashing
import Foundation

/// A small client-side HTTP Digest implementation (RFC 7616), written
/// independently of the server's verifier so the two check each other.
struct TestDigest: Sendable {
    /// One `WWW-Authenticate: Digest …` challenge.
    struct Challenge: Sendable, Equatable {
        var realm: String
        var nonce: String
        var opaque: String?
        var algorithm: String
        var qop: String
        var stale: Bool
    }

    /// Splits a (possibly comma-joined) `WWW-Authenticate` value into its
    /// Digest challenges.
    static func challenges(in header: String) -> [Challenge] {
        header.components(separatedBy: "Digest ").dropFirst().compactMap { part in
            let parameters = parameters(in: part)
            guard let nonce = parameters["nonce"], let realm = parameters["realm"] else { return nil }
            return Challenge(
                realm: realm, nonce: nonce, opaque: parameters["opaque"],
                algorithm: parameters["algorithm"] ?? "MD5", qop: parameters["qop"] ?? "",
                stale: parameters["stale"]?.lowercased() == "true"
            )
        }
    }

    /// `name="value", name=value` pairs, lower-cased names.
    static func parameters(in text: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = #"([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]*)"|([^,\s]*))"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return result }
        let range = NSRange(text.startIndex..., in: text)
        for match in regex.matches(in: text, range: range) {
            guard let nameRange = Range(match.range(at: 1), in: text) else { continue }
            let valueRange = Range(match.range(at: 2), in: text) ?? Range(match.range(at: 3), in: text)
            result[text[nameRange].lowercased()] = valueRange.map { String(text[$0]) } ?? ""
        }
        return result
    }

    /// The `Authorization` header answering `challenge`.
    static func authorization(
        username: String, password: String, method: String, uri: String,
        challenge: Challenge, nc: Int = 1, cnonce: String = SecureRandom.hex(byteCount: 8)
    ) -> String {
        let algorithm = DigestAlgorithm(headerValue: challenge.algorithm) ?? .md5
        let count = String(format: "%08x", nc)
        let ha1 = algorithm.hex("\(username):\(challenge.realm):\(password)")
        let ha2 = algorithm.hex("\(method):\(uri)")
        let response = algorithm.hex("\(ha1):\(challenge.nonce):\(count):\(cnonce):auth:\(ha2)")
        var header = "Digest username=\"\(username)\", realm=\"\(challenge.realm)\", nonce=\"\(challenge.nonce)\", "
            + "uri=\"\(uri)\", algorithm=\(algorithm.rawValue), response=\"\(response)\", qop=auth, "
            + "nc=\(count), cnonce=\"\(cnonce)\""
        if let opaque = challenge.opaque { header += ", opaque=\"\(opaque)\"" }
        return header
    }
}
