import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `atlas-sandbox` executable, run as a child process the way an
/// operator runs it, on a free loopback port unless the arguments say
/// otherwise.
///
/// `init` returns once the command has printed where it listens and the
/// credentials it accepts; `started(arguments:)` does the same off the
/// concurrency pool, for tests whose in-process servers answer on it. A
/// command that exits instead throws `StartFailure`, with its status and
/// what it wrote to stderr.
public final class SandboxProcess: @unchecked Sendable {
    public let process = Process()
    public let arguments: [String]
    /// `http://127.0.0.1:PORT`, from the first line printed.
    public let baseURL: URL
    /// Everything printed before the sandbox began to serve: the listening
    /// line, then one line per accepted key and service account.
    public let printed: String
    private let errors: Pipe?

    /// Why a sandbox did not start.
    public struct StartFailure: Error, CustomStringConvertible {
        /// Its exit status, when it exited.
        public var status: Int32?
        public var printed: String
        public var standardError: String
        public var description: String {
            "atlas-sandbox did not report a listening address (status \(status.map(String.init) ?? "none")): \(printed)\(standardError)"
        }
    }

    /// Starts `atlas-sandbox` with `arguments`; its stderr goes to
    /// `standardErrorFile` when given, else it is kept for `standardError`.
    public init(arguments: [String], standardErrorFile: String? = nil) throws {
        self.arguments = arguments
        process.executableURL = URL(fileURLWithPath: try BuiltProducts.binary("atlas-sandbox"))
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        if let standardErrorFile {
            _ = FileManager.default.createFile(atPath: standardErrorFile, contents: nil)
            process.standardError = FileHandle(forWritingAtPath: standardErrorFile) ?? FileHandle.nullDevice
            errors = nil
        } else {
            let pipe = Pipe()
            process.standardError = pipe
            errors = pipe
        }
        try process.run()
        printed = Self.readStartUp(from: output.fileHandleForReading)
        let firstLine = printed.split(separator: "\n").first ?? ""
        guard firstLine.hasPrefix("listening on "),
              let url = URL(string: firstLine.dropFirst("listening on ".count).trimmingCharacters(in: .whitespaces))
        else {
            process.waitUntilExit()
            throw StartFailure(status: process.terminationStatus, printed: printed,
                               standardError: errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) } ?? "")
        }
        baseURL = url
    }

    deinit {
        stop()
    }

    /// `init`, run on a dispatch thread so the wait never holds a thread of
    /// the concurrency pool.
    public static func started(arguments: [String]) async throws -> SandboxProcess {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try SandboxProcess(arguments: arguments) })
            }
        }
    }

    /// The lines printed at start, up to the last one (the command prints the
    /// service accounts last, then flushes), or all there was at end of file.
    private static func readStartUp(from handle: FileHandle) -> String {
        var collected = Data()
        while true {
            let text = String(decoding: collected, as: UTF8.self)
            if text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().contains(where: { $0.hasPrefix("service account ") }) {
                return text
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return text }
            collected.append(chunk)
        }
    }

    public func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits (off the concurrency pool) for the process to exit; its status.
    public func waitForExit() async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                self.process.waitUntilExit()
                continuation.resume(returning: self.process.terminationStatus)
            }
        }
    }

    /// Stops the sandbox: SIGTERM, and SIGKILL if it has not gone within 10 s.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            // Not waitUntilExit: under load Foundation has been seen to miss
            // a child's exit and wait forever, holding a test thread (two
            // such waits stalled the whole run). waitpid reaps it, or finds
            // it already reaped.
            var status: Int32 = 0
            _ = waitpid(process.processIdentifier, &status, 0)
        }
    }

    /// What the process wrote to stderr, when it was kept (call after exit).
    public var standardError: String {
        guard let errors else { return "" }
        return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
