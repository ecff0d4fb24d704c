import Foundation
import Synchronization

/// Atlas-style token buckets, one per endpoint set.
///
/// Each request takes one token; a bucket holds at most `capacity` tokens
/// and regains `capacity` tokens per 60 seconds, continuously. An empty
/// bucket yields the seconds until the next token (`Retry-After`).
final class RateLimiter: Sendable {
    static let refillSeconds = 60

    enum Decision: Sendable, Equatable {
        case allowed(remaining: Int)
        case limited(retryAfter: Int)
    }

    private struct Bucket {
        var tokens: Double
        var updated: Duration
    }

    let capacity: Int
    private let clock: SandboxClock
    private let buckets = Mutex<[String: Bucket]>([:])

    init(capacity: Int, clock: SandboxClock) {
        self.capacity = max(1, capacity)
        self.clock = clock
    }

    /// The endpoint set a path belongs to (`api/atlas/v2/orgs`, `api/atlas/v2/groups`).
    static func endpointSet(for path: String) -> String {
        let segments = path.split(separator: "/").prefix(4).map(String.init)
        return segments.joined(separator: "/")
    }

    /// The capacity Atlas was seen to announce for an endpoint set
    /// (`Ratelimit-Limit: 300` on `/orgs`, `1200` on projects and
    /// integrations), sent when no limit is configured.
    static func observedCapacity(_ endpointSet: String) -> Int {
        endpointSet.hasSuffix("/orgs") ? 300 : 1_200
    }

    /// Takes a token for `endpointSet` if one is available.
    func consume(_ endpointSet: String) -> Decision {
        let now = clock.now
        let perSecond = Double(capacity) / Double(Self.refillSeconds)
        return buckets.withLock { table in
            var bucket = table[endpointSet] ?? Bucket(tokens: Double(capacity), updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(Double(capacity), bucket.tokens + seconds * perSecond)
            bucket.updated = now
            defer { table[endpointSet] = bucket }
            guard bucket.tokens >= 1 else {
                return .limited(retryAfter: max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up))))
            }
            bucket.tokens -= 1
            return .allowed(remaining: Int(bucket.tokens))
        }
    }

    /// Tokens left in `endpointSet` without taking one.
    func remaining(_ endpointSet: String) -> Int {
        buckets.withLock { table in table[endpointSet].map { Int($0.tokens) } ?? capacity }
    }
}
