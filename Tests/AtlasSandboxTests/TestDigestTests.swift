import Testing

/// Our test-side Digest helper against the worked examples of RFC 7616
/// §3.9.1, so a passing Digest test means the server agrees with the RFC.
@Suite struct TestDigestTests {
    let challenge = TestDigest.Challenge(
        realm: "http-auth@example.org", nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
        opaque: "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", algorithm: "MD5", qop: "auth", stale: false
    )

    func response(algorithm: String) -> String? {
        var challenge = challenge
        challenge.algorithm = algorithm
        let header = TestDigest.authorization(
            username: "Mufasa", password: "Circle of Life", method: "GET", uri: "/dir/index.html",
            challenge: challenge, nc: 1, cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"
        )
        return TestDigest.parameters(in: header)["response"]
    }

    @Test func md5MatchesTheRFCExample() {
        #expect(response(algorithm: "MD5") == "8ca523f5e9506fed4657c9700eebdbec")
    }

    @Test func sha256MatchesTheRFCExample() {
        #expect(response(algorithm: "SHA-256") == "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
    }

    @Test func splitsAJoinedChallengeHeader() {
        let header = #"Digest realm="MMS Public API", nonce="abc", algorithm=SHA-256, qop="auth", stale=false, Digest realm="MMS Public API", nonce="abc", algorithm=MD5, qop="auth", stale=true"#
        let challenges = TestDigest.challenges(in: header)
        #expect(challenges.map(\.algorithm) == ["SHA-256", "MD5"])
        #expect(challenges.map(\.stale) == [false, true])
    }
}
