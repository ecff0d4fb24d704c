/// Everything that differs by operating system or CPU, in one place.
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
}
