import Foundation

/// Writes an export's files under a directory, readable by the operator
/// only: the directories 0700, the files 0600 (a script 0700), whatever the
/// umask. A directory that already holds files is refused unless replacing
/// is asked for, so an export never mixes with an older one unnoticed.
public enum ExportWriter {
    public enum Failure: Error, Sendable, Hashable {
        case notEmpty(String)
        case cannotWrite(String, reason: String)

        public var message: String {
            switch self {
            case .notEmpty(let path): tr("delivery.export.notempty", path)
            case .cannotWrite(let path, let reason): tr("delivery.export.cannotwrite", path, reason)
            }
        }
    }

    /// Writes `files` under `directory`; returns the paths written.
    @discardableResult
    public static func write(_ files: [ExportFile], to directory: String, replacing: Bool = false) throws(Failure) -> [String] {
        let manager = FileManager.default
        let contents = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        if !contents.isEmpty && !replacing { throw .notEmpty(directory) }
        var written: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            try makeDirectories((path as NSString).deletingLastPathComponent)
            try writeFile(file.contents, to: path, mode: file.isExecutable ? 0o700 : 0o600)
            written.append(path)
        }
        return written
    }

    /// Writes one file with `mode` through a temporary file in the same
    /// directory, so a reader never sees half of it.
    public static func writeFile(_ text: String, to path: String, mode: mode_t = 0o600) throws(Failure) {
        let temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let remaining = bytes.count - offset
            let count = bytes.withUnsafeBytes { posixWrite(descriptor, $0.baseAddress! + offset, remaining) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw .cannotWrite(path, reason: reason)
            }
            offset += count
        }
        fchmod(descriptor, mode)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path, reason: reason)
        }
    }

    private static func makeDirectories(_ path: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .cannotWrite(path, reason: tr("delivery.export.isfile")) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(path, reason: tr("delivery.export.nomkdir"))
        }
    }
}

private func posixWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
