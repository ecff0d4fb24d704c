import Foundation

/// Searches everything an operator's session leaves behind for secret
/// values: process arguments while it runs, and afterwards files, the log,
/// the terminal's scrollback and the raw bytes written to the terminal.
struct SecretScan {
    /// Secret name → its value.
    let secrets: [String: String]
    private(set) var processesScanned = 0
    private(set) var filesScanned = 0
    private(set) var bytesScanned = 0
    /// "where: which secret", one per occurrence found.
    private(set) var leaks: [String] = []

    init(secrets: [String: String]) {
        self.secrets = secrets
    }

    /// Every `/proc/*/cmdline` readable now.
    mutating func scanProcessArguments() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries where Int32(entry) != nil {
            guard let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            processesScanned += 1
            scan([UInt8](data), where: "argv of pid \(entry)")
        }
    }

    /// Every regular file below `directory`, except `excluded` (files the
    /// test itself wrote, such as the operator's own `config.toml`).
    mutating func scanFiles(under directory: String, excluding excluded: Set<String> = []) {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return }
        while let relative = enumerator.nextObject() as? String {
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard !excluded.contains(path), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else { continue }
            filesScanned += 1
            scan([UInt8](data), where: "file \(path)")
        }
    }

    mutating func scan(_ text: String, where place: String) {
        scan(Array(text.utf8), where: place)
    }

    mutating func scan(_ bytes: [UInt8], where place: String) {
        bytesScanned += bytes.count
        for (name, value) in secrets.sorted(by: { $0.key < $1.key }) {
            let count = PtyOutputScanner.occurrences(of: Array(value.utf8), in: bytes)
            leaks += Array(repeating: "\(place): \(name)", count: count)
        }
    }

    var summary: String {
        "\(processesScanned) process arguments, \(filesScanned) files, \(bytesScanned) bytes scanned; \(leaks.count) leaks"
    }
}
