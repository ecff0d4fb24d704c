import Dispatch
import Foundation

/// Waits for a termination signal without running code in a C signal handler.
///
/// The signals are ignored at the C level and delivered through
/// DispatchSource instead, so shutdown runs as ordinary Swift code.
enum SignalWaiter {
    /// Returns the first of `signals` received.
    static func wait(for signals: [Int32]) async -> Int32 {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
        var iterator = stream.makeAsyncIterator()
        let received = await iterator.next() ?? SIGTERM
        for source in sources { source.cancel() }
        return received
    }
}
