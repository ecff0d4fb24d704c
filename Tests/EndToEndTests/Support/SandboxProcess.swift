import Foundation

/// `atlas-sandbox` running as its own process on a free loopback port, as an
/// operator's tests or a demo would run it.
final class SandboxProcess: @unchecked Sendable {
    let process = Process()
    let baseURL: URL
    private let output = Pipe()

    init(arguments: [String] = ["--seed", "demo"]) throws {
        process.executableURL = URL(fileURLWithPath: try BuiltProducts.binary("atlas-sandbox"))
        process.arguments = ["--port", "0"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        baseURL = try Self.readListeningURL(from: output.fileHandleForReading, process: process)
    }

    deinit {
        stop()
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Reads stdout until the `listening on http://…` line.
    private static func readListeningURL(from handle: FileHandle, process: Process) throws -> URL {
        var buffer = Data()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty {
                if !process.isRunning { break }
                continue
            }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("listening on ") {
                if let url = URL(string: String(line.dropFirst("listening on ".count)).trimmingCharacters(in: .whitespaces)) {
                    return url
                }
            }
        }
        throw E2EError.command("atlas-sandbox did not report a listening address")
    }
}
