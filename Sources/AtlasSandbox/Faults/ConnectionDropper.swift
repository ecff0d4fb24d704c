import FlyingFox

/// Makes FlyingFox close a connection before writing any response byte.
///
/// FlyingFox asks a WebSocket handler for its frames before it writes the
/// upgrade response; failing there ends the connection with nothing sent,
/// which is what a client sees when a connection is reset or dropped.
struct ConnectionDropper: WSHandler {
    struct Dropped: Error {}

    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        throw Dropped()
    }
}
