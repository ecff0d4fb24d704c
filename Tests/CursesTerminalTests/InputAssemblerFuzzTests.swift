import CNCurses
@testable import CursesTerminal
import IntegrationsUI
import Testing
import TestSupport

/// Seeded fuzzing of the key and paste assembly, over 100,000 `get_wch`
/// results per run. A crash here would end the operator's session with an
/// unsaved form; a hang or an ever-growing paste would freeze it. Each test
/// prints its counts; a failure names its seed, and the same seed replays
/// the same input.
@Suite struct InputAssemblerFuzzTests {
    static let seeds: [UInt64] = [0x5EED_0001, 0x5EED_0002, 0x5EED_0003]

    /// Results fed per seed by the random-and-mutated test.
    static let inputsPerSeed = 40_000

    /// Random items, random fragments and mutated fragments, in random
    /// bursts with quiet spells between some: nothing crashes, no resize is
    /// lost, a paste never grows past its limit, a typed key never carries
    /// a control character, and a quiet spell always ends any waiting.
    @Test(arguments: seeds)
    func randomAndMutatedInputKeepsEveryPromise(seed: UInt64) {
        var fuzzer = InputFuzzer(seed: seed)
        var input = InputFeed.assembler()
        var fed = 0, bursts = 0, events = 0, resizesFed = 0, resizesOut = 0, pastes = 0, quietSpells = 0
        while fed < Self.inputsPerSeed {
            var burst: [InputFeed] = []
            for _ in 0..<fuzzer.int(1...6) {
                switch fuzzer.int(0...2) {
                case 0: burst.append(fuzzer.item())
                case 1: burst += fuzzer.fragment()
                default: burst += fuzzer.mutate(fuzzer.fragment() + fuzzer.fragment())
                }
            }
            var out: [InputEvent] = []
            for item in burst {
                let produced = input.feed(status: item.status, value: item.value)
                if produced.count > 3 { Issue.record("seed \(seed): one result made \(produced.count) events") }
                out += produced
                if input.heldPasteCount > InputAssembler.pasteChunkLimit {
                    Issue.record("seed \(seed): a paste grew to \(input.heldPasteCount) scalars")
                }
            }
            out += input.endOfBurst()
            if fuzzer.chance(10) {
                out += input.quiet(forMilliseconds: InputAssembler.quietLimitMilliseconds)
                quietSpells += 1
                if input.isWaitingForMore { Issue.record("seed \(seed): still waiting after a quiet spell") }
            }
            fed += burst.count
            bursts += 1
            events += out.count
            resizesFed += burst.filter { $0 == .resize }.count
            for event in out {
                switch event {
                case .resize: resizesOut += 1
                case .paste(let text):
                    pastes += 1
                    if text.isEmpty || text.unicodeScalars.count > InputAssembler.pasteChunkLimit {
                        Issue.record("seed \(seed): a paste of \(text.unicodeScalars.count) scalars")
                    }
                case .key(.character(let character)):
                    if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                        Issue.record("seed \(seed): a control character typed as text: \(character.debugDescription)")
                    }
                case .key: break
                }
            }
        }
        _ = input.quiet(forMilliseconds: InputAssembler.quietLimitMilliseconds)
        #expect(!input.isWaitingForMore)
        #expect(resizesOut == resizesFed, "seed \(seed): every resize reaches the core")
        print("InputAssemblerFuzz random+mutated seed \(String(seed, radix: 16)): \(fed) inputs, \(bursts) bursts, "
            + "\(events) events (\(pastes) pastes, \(resizesOut) resizes), \(quietSpells) quiet spells")
    }

    /// Printable characters typed outside a paste, mixed with key codes and
    /// resizes, in random bursts: each character is exactly one key, in order.
    @Test func everyPrintableCharacterOutsideAPasteIsOneKeyInOrder() {
        var fuzzer = InputFuzzer(seed: 0x5EED_0100)
        var input = InputFeed.assembler()
        var expected: [InputEvent] = []
        var out: [InputEvent] = []
        var fed = 0
        var burst: [InputFeed] = []
        while fed < 30_000 {
            let item: InputFeed
            switch fuzzer.int(0...9) {
            case 0: item = .keyCode(InputFuzzer.knownKeyCodes[fuzzer.int(0...11)])
            case 1: item = .resize
            default:
                var value = UInt32(fuzzer.int(0x20...0x10FFFF))
                while Unicode.Scalar(value) == nil || (0x7F..<0xA0).contains(value) {
                    value = UInt32(fuzzer.int(0x20...0x7E))
                }
                item = .character(value)
            }
            switch item {
            case .character(let value):
                if let scalar = Unicode.Scalar(value) { expected.append(.key(.character(Character(scalar)))) }
            case .keyCode(KEY_RESIZE): expected.append(InputFeed.resized)
            case .keyCode(let code):
                if case .key(let key) = KeyDecoder.decode(keyCode: code) { expected.append(.key(key)) }
            case .other: break
            }
            burst.append(item)
            fed += 1
            if fuzzer.chance(5) {
                out += input.burst(burst)
                burst = []
            }
        }
        out += input.burst(burst)
        #expect(out.count == expected.count)
        #expect(out == expected)
        print("InputAssemblerFuzz printable: \(fed) inputs, \(out.count) events, all in order")
    }

    /// Pastes of any characters at all (Esc, controls, CR LF, wide and
    /// astral characters), with key codes and resizes inside, cut into
    /// random bursts: the pasted text arrives exactly, and no resize is lost.
    @Test func pastedTextArrivesIntact() {
        var fuzzer = InputFuzzer(seed: 0x5EED_0200)
        var input = InputFeed.assembler()
        var fed = 0, pastes = 0, resizes = 0
        var out: [InputEvent] = []
        var expectedText = String.UnicodeScalarView()
        var burst: [InputFeed] = []
        while fed < 40_000 {
            let length = fuzzer.chance(2) ? fuzzer.int(5_000...70_000) : fuzzer.int(0...300)
            var content = String.UnicodeScalarView()
            burst.append(.pasteStart)
            for _ in 0..<length {
                switch fuzzer.int(0...19) {
                case 0:
                    burst.append(.keyCode(InputFuzzer.knownKeyCodes[fuzzer.int(0...(InputFuzzer.knownKeyCodes.count - 1))]))
                case 1:
                    burst.append(.resize)
                    resizes += 1
                default:
                    let value = UInt32(fuzzer.chance(70) ? fuzzer.int(0...0x7F) : fuzzer.int(0x80...0x10FFFF))
                    // No "~", so random text never spells the end marker `ESC [201~`.
                    guard value != 0x7E, let scalar = Unicode.Scalar(value) else { continue }
                    content.append(scalar)
                    burst.append(.character(value))
                }
                if fuzzer.chance(3) {
                    out += input.burst(burst)
                    burst = []
                }
            }
            burst.append(.pasteEnd)
            expectedText.append(contentsOf: content)
            pastes += 1
            fed += length + 2
        }
        out += input.burst(burst)
        let pasted = out.pastedText
        #expect(pasted.unicodeScalars.count == expectedText.count)
        #expect(Array(pasted.unicodeScalars) == Array(expectedText), "scalar for scalar, not just canonically equal")
        #expect(out.filter { $0 == InputFeed.resized }.count == resizes)
        #expect(out.keys.isEmpty, "nothing inside a paste is a key")
        print("InputAssemblerFuzz pastes: \(fed) inputs, \(pastes) pastes, \(expectedText.count) scalars intact, \(resizes) resizes kept")
    }
}
