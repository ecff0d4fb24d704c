/// Puts credentials on requests and recovers from a `401` once.
///
/// The client asks for an `Authorization` value before each attempt; after a
/// `401` it asks whether one more attempt can succeed (a fresh Digest nonce, a
/// new OAuth token). It never asks twice for the same call.
protocol RequestAuthenticator: Sendable {
    /// The `Authorization` value for `request`, or `nil` to send it without
    /// one (a cold Digest client, which learns the challenge from the `401`).
    func authorization(for request: HTTPRequest) async throws(AtlasError) -> String?

    /// Called with a `401` answer to a request sent with `authorization`;
    /// returns whether a second attempt with new credentials can succeed.
    func recover(from response: HTTPResponse, authorization: String?) async throws(AtlasError) -> Bool

    /// Called after every other exchange signed with `authorization`: with
    /// the answer, or `nil` when none came (a Digest nonce is handed back
    /// for the next request; a server may hand over the next nonce).
    func finished(_ response: HTTPResponse?, authorization: String?)

    /// Gives credentials back (revokes a token); best effort, never throws.
    func close() async
}
