/// Sends one HTTP request and returns the response, whatever its status.
///
/// The client's retry, authentication and error decoding sit above this, so
/// a transport only moves bytes. It throws `AtlasError.transport` when no
/// response arrived and `AtlasError.cancelled` when the calling task was
/// cancelled; it must honour `HTTPRequest.timeout`.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws(AtlasError) -> HTTPResponse
}
