import AtlasSandbox
import Testing

@Suite struct SandboxSeedTests {
    @Test func parsesTheThreeSeedForms() throws {
        #expect(try SandboxSeed(parsing: "demo") == .demo)
        #expect(try SandboxSeed(parsing: "empty") == .empty)
        #expect(try SandboxSeed(parsing: "large:20000") == .large(20000))
    }

    @Test(arguments: ["large", "large:", "large:0", "large:-3", "big", "Demo"])
    func rejectsOtherSeeds(text: String) {
        #expect(throws: SandboxError.invalidSeed(text)) { try SandboxSeed(parsing: text) }
    }
}
