import Testing
@testable import AtlasAdmin

@Suite struct AuthenticationChallengeTests {
    @Test func readsTheChallengeAtlasDocuments() throws {
        let header = #"Digest realm="MMS Public API", domain="", nonce="abc/def+==", algorithm=MD5, qop="auth", stale=false"#
        let challenge = try #require(DigestChallenge.best(in: header))
        #expect(challenge.realm == "MMS Public API")
        #expect(challenge.nonce == "abc/def+==")
        #expect(challenge.algorithm == .md5)
        #expect(challenge.usesQualityOfProtection)
        #expect(!challenge.isStale)
        #expect(challenge.opaque == nil)
    }

    @Test func staleTrueIsNoticedInAnyCase() throws {
        let challenge = try #require(DigestChallenge.best(in: #"Digest realm="r", nonce="n", qop="auth", stale=TRUE"#))
        #expect(challenge.isStale)
    }

    @Test func prefersSHA256WhenBothAreOffered() throws {
        let header = #"Digest realm="r", nonce="n1", algorithm=MD5, qop="auth", Digest realm="r", nonce="n2", algorithm=SHA-256, qop="auth""#
        let challenge = try #require(DigestChallenge.best(in: header))
        #expect(challenge.algorithm == .sha256)
        #expect(challenge.nonce == "n2")
    }

    @Test func keepsCommasAndEscapesInsideQuotedValues() {
        let parsed = AuthenticationChallenge.parse(#"Digest realm="a, \"b\"", qop="auth,auth-int", nonce="x""#)
        #expect(parsed.count == 1)
        #expect(parsed.first?.parameters["realm"] == #"a, "b""#)
        #expect(parsed.first?.parameters["qop"] == "auth,auth-int")
        #expect(parsed.first?.parameters["nonce"] == "x")
    }

    @Test func separatesChallengesOfDifferentSchemes() {
        let parsed = AuthenticationChallenge.parse(#"Bearer realm="atlas", error="invalid_token", Digest realm="r", nonce="n""#)
        #expect(parsed.map(\.scheme) == ["Bearer", "Digest"])
        #expect(parsed.last?.parameters["nonce"] == "n")
    }

    @Test func refusesWhatItCannotAnswer() {
        #expect(DigestChallenge.best(in: #"Digest realm="r", nonce="n", algorithm=MD5-sess, qop="auth""#) == nil)
        #expect(DigestChallenge.best(in: #"Digest realm="r", nonce="n", qop="auth-int""#) == nil)
        #expect(DigestChallenge.best(in: #"Digest realm="r""#) == nil)
        #expect(DigestChallenge.best(in: #"Basic realm="r""#) == nil)
        #expect(DigestChallenge.best(in: nil) == nil)
    }

    @Test func acceptsAChallengeWithoutQop() throws {
        let challenge = try #require(DigestChallenge.best(in: #"digest realm="r", nonce="n""#))
        #expect(!challenge.usesQualityOfProtection)
    }
}
