import Foundation

/// Everything the service layer does differently by operating system or
/// CPU, in one place. The only other `#if` in AtlasAdmin is the import of
/// FoundationNetworking, where Linux keeps URLSession.
enum Platform {
    /// `linux`, `darwin`, … as Go's `runtime.GOOS` spells it (Atlas sees the
    /// same words from the Atlas CLI and the Go SDK).
    static var operatingSystem: String {
        #if os(Linux)
        "linux"
        #elseif os(macOS)
        "darwin"
        #elseif os(Windows)
        "windows"
        #elseif os(FreeBSD)
        "freebsd"
        #else
        "unknown"
        #endif
    }

    /// `x86_64`, `arm64`, …
    static var architecture: String {
        #if arch(x86_64)
        "x86_64"
        #elseif arch(arm64)
        "arm64"
        #elseif arch(i386)
        "i386"
        #elseif arch(arm)
        "arm"
        #else
        "unknown"
        #endif
    }

    /// Where the Atlas CLI may keep `config.toml` besides the XDG places:
    /// on macOS, also under Application Support.
    static func atlasCLIConfigFallbacks(home: String) -> [String] {
        #if os(macOS)
        [home + "/Library/Application Support/atlascli/config.toml"]
        #else
        []
        #endif
    }

    /// The command name of process `pid`, where the system tells it without
    /// asking the process (Linux's `/proc/PID/comm`); nil elsewhere.
    static func commandName(of pid: Int32) -> String? {
        #if os(Linux)
        try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
        #else
        nil
        #endif
    }

    /// Whether URLSession waits for an answer to an authentication challenge
    /// that none is offered for (FoundationNetworking does; Apple's delivers
    /// the `401` itself).
    static var urlSessionWaitsOnUnansweredChallenges: Bool {
        #if canImport(FoundationNetworking)
        true
        #else
        false
        #endif
    }
}
