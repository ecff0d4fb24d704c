import AtlasHashing

/// A Digest challenge (RFC 7616 §3.3) this client can answer.
struct DigestChallenge: Sendable, Hashable {
    var realm: String
    var nonce: String
    var opaque: String?
    var algorithm: DigestAlgorithm
    /// `true` when the server offered `qop=auth`; `false` for an RFC 2069
    /// challenge without `qop`.
    var usesQualityOfProtection: Bool
    /// The server says the nonce expired but the credentials were good.
    var isStale: Bool

    /// Reads a Digest challenge; `nil` for another scheme or one this client
    /// cannot answer (`-sess` algorithms, `auth-int` only).
    init?(_ challenge: AuthenticationChallenge) {
        guard challenge.isScheme("Digest"),
              let nonce = challenge.parameters["nonce"],
              let algorithm = DigestAlgorithm(headerValue: challenge.parameters["algorithm"])
        else { return nil }
        let qop = challenge.parameters["qop"].map { value in
            value.split(separator: ",").map { $0.trimmingCharacters(in: " \t").lowercased() }
        }
        if let qop, !qop.contains("auth") { return nil }
        self.realm = challenge.parameters["realm"] ?? ""
        self.nonce = nonce
        self.opaque = challenge.parameters["opaque"]
        self.algorithm = algorithm
        self.usesQualityOfProtection = qop != nil
        self.isStale = challenge.parameters["stale"]?.lowercased() == "true"
    }

    init(realm: String, nonce: String, opaque: String?, algorithm: DigestAlgorithm,
         usesQualityOfProtection: Bool = true, isStale: Bool = false) {
        self.realm = realm
        self.nonce = nonce
        self.opaque = opaque
        self.algorithm = algorithm
        self.usesQualityOfProtection = usesQualityOfProtection
        self.isStale = isStale
    }

    /// The best Digest challenge in a `WWW-Authenticate` value: SHA-256 over
    /// MD5 when the server offers both.
    static func best(in header: String?) -> DigestChallenge? {
        guard let header else { return nil }
        let offered = AuthenticationChallenge.parse(header).compactMap(DigestChallenge.init)
        return offered.first { $0.algorithm == .sha256 } ?? offered.first
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text.removeFirst() }
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return String(text)
    }
}
