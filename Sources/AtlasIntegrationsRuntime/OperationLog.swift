import AtlasAdmin
import Foundation
import Synchronization

/// `--log FILE`: what the program did, one time-stamped line per HTTP
/// exchange (method, path, status or failure, time taken) and per step the
/// operator asked for (start, save, delete, read back, journal, exit).
///
/// Nothing is redacted: every line is built only from values that hold no
/// secret (ids, type names, methods, paths, statuses), never from a
/// request's headers or bodies, so no secret can reach the file.
public final class OperationLog: Sendable {
    /// The file, and the formatter that stamps its lines: one writer at a time.
    private let output: Mutex<(handle: FileHandle, formatter: ISO8601DateFormatter)>

    /// Opens (creating with mode 0600, or appending to) the log file.
    public init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw LaunchError(tr("runtime.log.cannotopen", path, String(cString: strerror(errno))))
        }
        output = Mutex((FileHandle(fileDescriptor: fd, closeOnDealloc: true), ISO8601DateFormatter()))
    }

    /// A callback for `AtlasClientConfiguration.onExchange`.
    public var exchangeObserver: @Sendable (ExchangeRecord) -> Void {
        { [self] record in self.record(record) }
    }

    /// One line for an HTTP exchange: method, target, status or failure, time.
    public func record(_ exchange: ExchangeRecord) {
        let outcome = exchange.status.map(String.init) ?? exchange.failure?.rawValue ?? "no answer"
        let milliseconds = Int(exchange.duration.components.seconds * 1000)
            + Int(exchange.duration.components.attoseconds / 1_000_000_000_000_000)
        write("http \(exchange.method.rawValue) \(exchange.target) -> \(outcome) \(milliseconds)ms"
              + (exchange.wasAuthorized ? " auth" : ""))
    }

    /// One time-stamped line.
    public func write(_ line: String) {
        output.withLock { output in
            let stamped = output.formatter.string(from: Date()) + " " + line + "\n"
            output.handle.write(Data(stamped.utf8))
        }
    }
}
