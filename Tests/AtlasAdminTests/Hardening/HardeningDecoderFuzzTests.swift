import Foundation
import Testing
@testable import AtlasAdmin
import TestSupport

/// Seeded fuzzing of every decoder that reads an Atlas body.
///
/// Starting from bodies recorded from real Atlas, each input is a mutated
/// copy (see `JSONMutator`). Every decoder must answer with a value or a
/// thrown error: a crash would take the whole terminal session down with the
/// operator's unsaved form. Error messages made from a body must stay on one
/// line without control characters, since they are drawn in the banner.
@Suite struct HardeningDecoderFuzzTests {
    /// Mutated inputs per recorded body; every input goes through all decoders.
    static let inputsPerBody = 1_500

    struct Seed: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        let seed: UInt64
        var testDescription: String { name }
    }

    static let seeds: [Seed] = [
        Seed(name: "createWebhookPage", body: RecordedBodies.createWebhookPage, seed: 0xA71A5_0001),
        Seed(name: "getWebhook", body: RecordedBodies.getWebhook, seed: 0xA71A5_0002),
        Seed(name: "listProjectsPage", body: RecordedBodies.listProjectsPage, seed: 0xA71A5_0003),
        Seed(name: "listOrganizationsPage", body: RecordedBodies.listOrganizationsPage, seed: 0xA71A5_0004),
        Seed(name: "pageWithNextLink", body: RecordedBodies.pageWithNextLink, seed: 0xA71A5_0005),
        Seed(name: "rateLimited", body: RecordedBodies.rateLimited, seed: 0xA71A5_0006),
        Seed(name: "maskedKeyRejected", body: RecordedBodies.maskedKeyRejected, seed: 0xA71A5_0007),
    ]

    /// How many decoder runs one input costs (see `decodeEverything`).
    static let decodersPerInput = 9

    /// Runs every decoder over `data` the way the client does (through
    /// `ResponseDecoder`); returns how many answered with a value.
    static func decodeEverything(_ data: Data) -> Int {
        let success = HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: data)
        var values = 0
        func attempt<Value: Decodable>(_ type: Value.Type) {
            do {
                _ = try ResponseDecoder.decode(type, from: success)
                values += 1
            } catch {
                expectReadable(error)
            }
        }
        attempt(Integration.self)
        attempt(Page<Integration>.self)
        attempt(Page<Project>.self)
        attempt(Page<Organization>.self)
        attempt(Project.self)
        attempt(Organization.self)
        // The same bytes as the body of a refusal, a proxy's failure and a 401.
        for status in [400, 502] {
            expectReadable(ResponseDecoder.error(from: HTTPResponse(status: status, body: data)))
        }
        _ = UnauthorizedResponse.isForbidden(HTTPResponse(status: 401, body: data))
        return values
    }

    /// A message the banner can draw: one line, no control characters.
    static func expectReadable(_ error: AtlasError) {
        let message = error.message
        let bad = message.unicodeScalars.first { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
        // Checked without `#expect` on the happy path: it runs 100,000 times.
        if bad != nil || message.isEmpty {
            Issue.record("control character U+\(String(bad?.value ?? 0, radix: 16)) in \(message.debugDescription.prefix(200))")
        }
    }

    @Test(arguments: seeds)
    func mutatedRecordedBodiesNeverCrashADecoder(seed: Seed) {
        var mutator = JSONMutator(seed: seed.seed)
        let original = Array(seed.body.utf8)
        // The unmutated body decodes as something: the fuzz starts from valid input.
        #expect(Self.decodeEverything(Data(original)) > 0)
        var inputs = 0
        var decoded = 0
        for _ in 0..<Self.inputsPerBody {
            let bytes = mutator.mutate(original)
            decoded += Self.decodeEverything(Data(bytes))
            inputs += 1
        }
        print("HardeningDecoderFuzz \(seed.name): \(inputs) inputs, \(inputs * Self.decodersPerInput) decoder runs, \(decoded) values")
        #expect(inputs == Self.inputsPerBody)
    }

    @Test func randomBytesNeverCrashADecoder() {
        var random = SplitMix64(seed: 0xA71A5_0100)
        let count = 3_000
        for _ in 0..<count {
            let length = Int.random(in: 0...256, using: &random)
            // Half the inputs start with `{` so they get past the first byte.
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            if Bool.random(using: &random) { bytes.insert(UInt8(ascii: "{"), at: 0) }
            _ = Self.decodeEverything(Data(bytes))
        }
        print("HardeningDecoderFuzz random: \(count) inputs, \(count * Self.decodersPerInput) decoder runs")
    }

    /// Any JSON object at all is a lenient `Integration`: one odd field must
    /// not make a project's whole list unreadable.
    @Test func everyObjectWithAnyFieldsIsAnIntegration() {
        var mutator = JSONMutator(seed: 0xA71A5_0200)
        let original = Array(RecordedBodies.getWebhook.utf8)
        var objects = 0
        for _ in 0..<2_000 {
            let data = Data(mutator.mutate(original))
            // Bodies nested deeper than Atlas ever nests are refused on purpose.
            guard !JSONNesting.isTooDeep(data), (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
                continue
            }
            objects += 1
            #expect(throws: Never.self, "\(String(decoding: data.prefix(300), as: UTF8.self))") {
                _ = try ResponseDecoder.decode(Integration.self, from: HTTPResponse(status: 200, body: data))
            }
        }
        print("HardeningDecoderFuzz lenient integration: \(objects) still-JSON objects of 2000")
        #expect(objects > 0)
    }

    /// 513 opening brackets and nothing else made Foundation's scanner trap
    /// (found by the fuzz above); the client now refuses such a body first.
    @Test func aBodyEndingAtTheScannersDepthLimitIsAMalformedBody() {
        for count in [64, 65, 512, 513, 514, 1_025] {
            for opener in ["[", "{\"a\":"] {
                let body = Data(String(repeating: opener, count: count).utf8)
                let response = HTTPResponse(status: 200, body: body)
                #expect(throws: AtlasError.self) { try ResponseDecoder.decode(Page<Project>.self, from: response) }
                let error = ResponseDecoder.error(from: HTTPResponse(status: 502, body: body))
                guard case .transport(let failure) = error else { Issue.record("not a transport failure"); continue }
                #expect(failure.kind == .malformedBody)
                #expect(!UnauthorizedResponse.isForbidden(HTTPResponse(status: 401, body: body)))
            }
        }
    }

    @Test func nestingIsMeasuredOutsideStringsOnly() {
        let deepString = "{\"name\":\"" + String(repeating: "[{", count: 500) + "\"}"
        #expect(!JSONNesting.isTooDeep(Data(deepString.utf8)))
        let escapedQuote = "{\"name\":\"a\\\"" + String(repeating: "[", count: 100) + "\"}"
        #expect(!JSONNesting.isTooDeep(Data(escapedQuote.utf8)))
        #expect(JSONNesting.isTooDeep(Data(String(repeating: "[", count: 65).utf8)))
        #expect(!JSONNesting.isTooDeep(Data((String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).utf8)))
        #expect(!JSONNesting.isTooDeep(Data(RecordedBodies.createWebhookPage.utf8)))
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        for depth in [10, 100, 511, 512, 513, 1_000, 10_000] {
            let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let objects = String(repeating: "{\"results\":", count: depth) + "[]" + String(repeating: "}", count: depth)
            for body in [arrays, objects, "{\"type\":\"WEBHOOK\",\"x\":\(arrays)}"] {
                _ = Self.decodeEverything(Data(body.utf8))
            }
        }
    }
}
