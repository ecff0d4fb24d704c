/// A small seeded random number generator, so every fuzzed input can be
/// produced again from its seed when a run finds a problem.
///
/// SplitMix64 (Steele, Lea and Flood, 2014): one 64-bit state word, one
/// add and three mix steps per value; good enough spread for fuzzing and
/// the same sequence on every platform. Shared by every test target that
/// fuzzes, so a seed printed by one means the same input everywhere.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
