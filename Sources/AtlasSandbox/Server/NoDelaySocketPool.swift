import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// FlyingFox's socket pool with `TCP_NODELAY` switched on for every socket
/// it waits on.
///
/// FlyingFox writes a response's head and body with two writes; with
/// Nagle's algorithm the body then waits for the client's delayed ACK
/// (about 40 ms on Linux), capping a keep-alive connection at ~25
/// requests/s. Setting the option before each wait is one cheap syscall.
struct NoDelaySocketPool<Base: AsyncSocketPool>: AsyncSocketPool {
    let base: Base

    func prepare() async throws {
        try await base.prepare()
    }

    func run() async throws {
        try await base.run()
    }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        var enabled: Int32 = 1
        _ = setsockopt(socket.file.rawValue, Int32(IPPROTO_TCP), TCP_NODELAY, &enabled,
                       socklen_t(MemoryLayout<Int32>.size))
        try await base.suspendSocket(socket, untilReadyFor: events)
    }
}
