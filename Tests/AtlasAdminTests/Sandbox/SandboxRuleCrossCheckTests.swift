import AtlasAdmin
import Foundation
import Testing
@testable import AtlasSandbox

/// Rules the sandbox keeps its own copy of on purpose (it is the independent
/// peer that catches the client's mistakes) held against the product's one
/// copy, case by case, so the two cannot drift apart unnoticed: the http(s)
/// URL check, the 24-hex id, and how JSON values and numbers are read.
@Suite struct SandboxRuleCrossCheckTests {
    typealias ProductJSON = AtlasAdmin.JSONValue
    typealias PeerJSON = AtlasSandbox.JSONValue

    static let urls = [
        "https://hooks.example.com/atlas/9c2e", "http://10.0.0.7:8080/alerts?team=db", "HTTPS://EXAMPLE.COM",
        "https://user:pw@example.com/x/y", "http://[::1]:8080/", "https://例え.jp/フック", "https://example.com:99999/x",
        "ftp://example.com/x", "example.com/hook", "https:///nohost", "https://exa mple.com", " https://example.com",
        "https://example.com/\t", "mailto:ops@example.com", "file:///etc/passwd", "javascript:alert(1)", "https:",
        "http://", "", "https://example.com/****2101", "https://example.com/%zz", "https://example.com/a b",
    ]

    @Test func theSameURLsAreHTTPURLs() {
        for url in Self.urls {
            #expect(HTTPURLCheck.isValid(url) == IntegrationValidator.isHTTPURL(url), "\(url.debugDescription)")
        }
        // Neither side takes everything or nothing.
        #expect(Self.urls.filter(HTTPURLCheck.isValid).count >= 5)
        #expect(Self.urls.filter { !HTTPURLCheck.isValid($0) }.count >= 10)
    }

    static let ids = [
        "6a79404f2c88faeba59beea6", "000000000000000000000000", "ffffffffffffffffffffffff",
        "6A79404F2C88FAEBA59BEEA6", "6a79404f2c88faeba59beea", "6a79404f2c88faeba59beea60", "6a79404f2c88faeba59beeg6",
        "", " 6a79404f2c88faeba59beea", "6a79404f2c88faeba59beea\n", "../orgs", "６a79404f2c88faeba59beea6",
    ]

    @Test func theSameIDsAreAtlasIDs() {
        for id in Self.ids {
            #expect(AtlasID.isValid(id) == ObjectId.isValid(id), "\(id.debugDescription)")
        }
        // Every id the sandbox makes is one the product takes.
        for _ in 0..<200 {
            #expect(AtlasID.isValid(ObjectId.make()))
        }
    }

    static let documents = [
        "true", "false", "null", "0", "1", "-1", "1.0", "2.5", "-0.0", "1e3", "1E-7", "123456789012345",
        "9007199254740993", "1e300", "\"1\"", "\"true\"", "\"\"", "[1,\"a\",null]", "{\"a\":1,\"b\":[true]}", "[]", "{}",
    ]

    static func kind(_ value: ProductJSON) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// A boolean is never read as a number nor a number as a boolean, on
    /// either side, and a quoted value stays a string.
    @Test func bothReadTheSameKindOfValue() throws {
        for document in Self.documents {
            let data = Data(document.utf8)
            let product = try JSONDecoder().decode(ProductJSON.self, from: data)
            let peer = try JSONDecoder().decode(PeerJSON.self, from: data)
            #expect(Self.kind(product) == peer.kindName, "\(document)")
        }
    }

    /// A number the sandbox writes is read by the product as the same value,
    /// and shown as the sandbox wrote it. Past 10^15 the product, which only
    /// shows numbers, keeps the nearest `Double`, in its shortest form.
    @Test func numbersTheSandboxWritesReadAsTheSameValue() throws {
        let peerNumbers: [PeerJSON] = [
            .int(0), .int(3), .int(-42), .int(999_999_999_999_999), .int(1_000_000_000_000_000), .int(Int.max), .int(Int.min),
            .double(2.5), .double(-0.125), .double(1e-7), .double(3.0), .double(1e300), .double(-1e15),
        ]
        for number in peerNumbers {
            let written = JSONWriter().string(.object(["n": number]))
            let read = try JSONDecoder().decode([String: ProductJSON].self, from: Data(written.utf8))
            guard case .number(let value)? = read["n"] else {
                Issue.record("\(written) did not read as a number")
                continue
            }
            let sandboxText = String(written.dropFirst(5).dropLast())
            #expect(Double(sandboxText) == value, "\(written)")
            if abs(value) < 1e15 {
                #expect(ProductJSON.text(of: value) == sandboxText, "\(written)")
            } else {
                #expect(Double(ProductJSON.text(of: value)) == value, "\(written)")
            }
        }
    }
}
