import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct ValidatorTests {
    @Test func requiredRefusesBlank() throws {
        #expect(Validator.required.message(for: "") != nil)
        #expect(Validator.required.message(for: "   ") != nil)
        #expect(Validator.required.message(for: "x") == nil)
    }

    @Test func hexadecimalChecksDigitsAndLength() throws {
        let check = Validator.hexadecimal(length: 32)
        #expect(check.message(for: Fixtures.hexKey) == nil)
        #expect(check.message(for: Fixtures.hexKey.uppercased()) == nil)
        #expect(check.message(for: "abc")?.contains("this has 3") == true)
        #expect(check.message(for: "****************************0022")?.contains("hexadecimal") == true)
        #expect(check.message(for: "") == nil)
    }

    @Test func urlMustBeHTTPWithAHost() throws {
        #expect(Validator.httpURL.message(for: "https://example.com/hook") == nil)
        #expect(Validator.httpURL.message(for: "http://10.0.0.1:8080/x") == nil)
        #expect(Validator.httpURL.message(for: "ftp://example.com") != nil)
        #expect(Validator.httpURL.message(for: "example.com/hook") != nil)
        #expect(Validator.httpURL.message(for: "https:///nohost") != nil)
        #expect(Validator.httpURL.message(for: "https://exa mple.com") != nil)
    }

    @Test func byteLimitsCountUTF8() throws {
        #expect(Validator.maxBytes(16 * 1024).message(for: String(repeating: "a", count: 16 * 1024)) == nil)
        #expect(Validator.maxBytes(16 * 1024).message(for: String(repeating: "a", count: 16 * 1024 + 1))?.contains("16 KB") == true)
        #expect(Validator.maxBytes(4 * 1024).message(for: String(repeating: "é", count: 2_049)) != nil)
    }
}
