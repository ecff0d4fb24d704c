import Foundation

/// Incremental, case-, diacritic- and width-insensitive substring filter over
/// many names (tens of thousands of projects).
///
/// Every name is folded once, when added, into one contiguous byte buffer;
/// a query is folded the same way and searched as bytes. When the new query
/// contains the previous one, only the previous matches can match, so typing
/// narrows the last result instead of rescanning everything. Match ranges
/// for highlighting are worked out only for the rows on screen.
public struct FilterIndex: Sendable, Equatable {
    private var buffer: [UInt8] = []
    /// Name `i` is `buffer[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    public private(set) var query = ""
    private var foldedQuery: [UInt8] = []
    /// Indices of the names that match, in the order they were added.
    public private(set) var matches: [Int] = []

    public init(names: some Sequence<String> = [String]()) {
        append(names)
    }

    /// How many names the index holds.
    public var count: Int { starts.count - 1 }

    /// Adds names (a page of projects); those that match the query join `matches`.
    public mutating func append(_ names: some Sequence<String>) {
        let first = count
        for name in names {
            buffer.append(contentsOf: Self.fold(name))
            starts.append(buffer.count)
        }
        guard count > first else { return }
        if foldedQuery.isEmpty {
            matches.append(contentsOf: first..<count)
        } else {
            matches.append(contentsOf: search(Array(first..<count), for: foldedQuery))
        }
    }

    /// Sets the query and recomputes `matches`, narrowing when it can.
    public mutating func setQuery(_ newQuery: String) {
        guard newQuery != query else { return }
        let folded = Self.fold(newQuery)
        let narrowing = !foldedQuery.isEmpty && Self.contains(folded, foldedQuery)
        query = newQuery
        if folded.isEmpty {
            matches = Array(0..<count)
        } else if narrowing {
            matches = search(matches, for: folded)
        } else {
            matches = search(Array(0..<count), for: folded)
        }
        foldedQuery = folded
    }

    private func search(_ candidates: [Int], for needle: [UInt8]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(candidates.count)
        buffer.withUnsafeBufferPointer { haystack in
            starts.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { needle in
                    for index in candidates
                    where Self.find(needle, in: haystack, from: starts[index], to: starts[index + 1]) != nil {
                        result.append(index)
                    }
                }
            }
        }
        return result
    }

    /// Folds text for matching: ASCII is lower-cased byte by byte; anything
    /// else goes through Foundation's case, diacritic and width folding.
    public static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        if isASCII { return bytes }
        return Array(foldSlow(text).utf8)
    }

    private static func foldSlow(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The characters of `name` that match the current query (for
    /// highlighting), as offsets in `name`'s characters.
    public func matchRange(in name: String) -> Range<Int>? {
        guard !foldedQuery.isEmpty else { return nil }
        var folded: [UInt8] = []
        var owner: [Int] = []  // character index of each folded byte
        for (index, character) in name.enumerated() {
            let bytes = Self.fold(String(character))
            folded.append(contentsOf: bytes)
            owner.append(contentsOf: repeatElement(index, count: bytes.count))
        }
        let found = folded.withUnsafeBufferPointer { haystack in
            foldedQuery.withUnsafeBufferPointer { needle in
                Self.find(needle, in: haystack, from: 0, to: haystack.count)
            }
        }
        guard let found, found < owner.count else { return nil }
        let last = min(found + foldedQuery.count - 1, owner.count - 1)
        return owner[found]..<(owner[last] + 1)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { find($0, in: hay, from: 0, to: hay.count) != nil }
        }
    }

    /// First offset of `needle` in `haystack[from..<to]`.
    private static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        let length = needle.count
        guard length > 0 else { return from }
        guard to - from >= length else { return nil }
        let first = needle[0]
        var position = from
        let lastStart = to - length
        while position <= lastStart {
            if haystack[position] == first {
                var offset = 1
                while offset < length && haystack[position + offset] == needle[offset] { offset += 1 }
                if offset == length { return position }
            }
            position += 1
        }
        return nil
    }
}
