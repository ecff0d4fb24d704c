import FlyingFox
import FlyingSocks

/// Response bytes that stop early: yields `prefix`, then fails.
///
/// Used as an `HTTPBodySequence` whose declared count is the full body
/// length; when it fails, FlyingFox closes the connection, so the client
/// sees a body shorter than its `Content-Length`.
struct TruncatedBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    /// Thrown to make FlyingFox drop the connection mid-body.
    struct Cut: Error {}

    let prefix: [UInt8]

    func makeAsyncIterator() -> Iterator {
        Iterator(remaining: prefix[...])
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var remaining: ArraySlice<UInt8>

        mutating func next() async throws -> UInt8? {
            guard let byte = remaining.first else { throw Cut() }
            remaining = remaining.dropFirst()
            return byte
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            guard !remaining.isEmpty else { throw Cut() }
            let chunk = remaining.prefix(Swift.max(1, count))
            remaining = remaining.dropFirst(chunk.count)
            return chunk
        }
    }
}
