import AtlasHashing
import Testing
@testable import AtlasAdmin

/// RFC 7616 §3.9.1: the worked example, for both algorithms.
@Suite struct DigestResponseTests {
    static let nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"
    static let clientNonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"
    static let opaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"

    static func example(_ algorithm: DigestAlgorithm) -> DigestResponse {
        DigestResponse(
            challenge: DigestChallenge(
                realm: "http-auth@example.org", nonce: nonce, opaque: opaque, algorithm: algorithm),
            username: "Mufasa", password: "Circle of Life", method: "GET", uri: "/dir/index.html",
            nonceCount: 1, clientNonce: clientNonce)
    }

    @Test func md5MatchesTheRFCExample() {
        #expect(Self.example(.md5).response == "8ca523f5e9506fed4657c9700eebdbec")
    }

    @Test func sha256MatchesTheRFCExample() {
        #expect(Self.example(.sha256).response == "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
    }

    @Test func headerCarriesEveryParameterTheServerChecks() {
        let header = Self.example(.sha256).headerValue
        #expect(header.hasPrefix("Digest "))
        for part in [
            #"username="Mufasa""#, #"realm="http-auth@example.org""#, #"uri="/dir/index.html""#,
            "algorithm=SHA-256", #"nonce="\#(Self.nonce)""#, "nc=00000001", #"cnonce="\#(Self.clientNonce)""#,
            "qop=auth", #"response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1""#,
            #"opaque="\#(Self.opaque)""#,
        ] {
            #expect(header.contains(part), "missing \(part)")
        }
    }

    @Test func headerRoundTripsThroughTheChallengeParser() throws {
        let header = Self.example(.md5).headerValue
        let parsed = try #require(AuthenticationChallenge.parse(header).first)
        #expect(parsed.parameters["response"] == "8ca523f5e9506fed4657c9700eebdbec")
        #expect(parsed.parameters["nc"] == "00000001")
    }

    @Test func nonceCountIsEightHexDigits() {
        var response = Self.example(.md5)
        response.nonceCount = 0x1a2
        #expect(response.nonceCountText == "000001a2")
    }

    @Test func countingUpChangesTheResponse() {
        var second = Self.example(.md5)
        second.nonceCount = 2
        #expect(second.response != Self.example(.md5).response)
    }

    @Test func challengeWithoutQopUsesTheRFC2069Form() {
        var response = Self.example(.md5)
        response.challenge.usesQualityOfProtection = false
        let ha1 = DigestAlgorithm.md5.hex("Mufasa:http-auth@example.org:Circle of Life")
        let ha2 = DigestAlgorithm.md5.hex("GET:/dir/index.html")
        #expect(response.response == DigestAlgorithm.md5.hex("\(ha1):\(Self.nonce):\(ha2)"))
        #expect(!response.headerValue.contains("nc="))
        #expect(!response.headerValue.contains("qop="))
    }

    @Test func quotesAndBackslashesInValuesAreEscaped() {
        var response = Self.example(.md5)
        response.username = #"a"b\c"#
        #expect(response.headerValue.contains(#"username="a\"b\\c""#))
    }
}
