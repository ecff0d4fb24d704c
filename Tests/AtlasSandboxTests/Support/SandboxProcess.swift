import Foundation

/// The built `atlas-sandbox` executable, run as a child process.
final class SandboxProcess: @unchecked Sendable {
    /// `.build/debug/atlas-sandbox` of this package, found from this file's path.
    static var executable: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Support
            .deletingLastPathComponent() // AtlasSandboxTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent() // package root
            .appendingPathComponent(".build/debug/atlas-sandbox").path
    }

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    /// The first line printed, `listening on http://127.0.0.1:PORT`.
    private(set) var firstLine = ""
    /// Everything printed to stdout so far (after `waitUntilListening`).
    private(set) var printed = ""

    init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Waits (off the concurrency pool) until the listening line appears;
    /// returns the base URL it names.
    func waitUntilListening() async throws -> URL {
        let handle = output.fileHandleForReading
        let text: String = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var collected = Data()
                // The command prints its URL and credentials, then flushes once.
                while !String(decoding: collected, as: UTF8.self).contains("service account") {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    collected.append(chunk)
                }
                continuation.resume(returning: String(decoding: collected, as: UTF8.self))
            }
        }
        printed = text
        firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
        guard firstLine.hasPrefix("listening on "), let url = URL(string: String(firstLine.dropFirst("listening on ".count))) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "unexpected output: \(text)"])
        }
        return url
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits (off the concurrency pool) for the process to exit; its status.
    func waitForExit() async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                self.process.waitUntilExit()
                continuation.resume(returning: self.process.terminationStatus)
            }
        }
    }

    /// Whatever the process wrote to stderr (call after exit).
    var standardError: String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
