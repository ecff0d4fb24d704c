#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal adapter does differently on Linux and on macOS, in one
/// place. Besides this, each file that calls the C library picks Glibc or
/// Darwin at its import; the curses library each system links is named in
/// Package.swift.
enum Platform {
    /// This process's environment, as `posix_spawn` takes it. Darwin gives
    /// Swift no `environ`, only `_NSGetEnviron()`.
    static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        #if canImport(Darwin)
        _NSGetEnviron().pointee
        #else
        environ
        #endif
    }

    /// A directory that lists this process's open file descriptors.
    static var openDescriptorsDirectory: String {
        #if canImport(Darwin)
        "/dev/fd"
        #else
        "/proc/self/fd"
        #endif
    }

    /// `posix_spawnattr_t` is a pointer on Darwin and a struct on Linux;
    /// `posix_spawnattr_init` fills either.
    #if canImport(Darwin)
    typealias SpawnAttributes = posix_spawnattr_t?
    static func spawnAttributes() -> SpawnAttributes { nil }
    #else
    typealias SpawnAttributes = posix_spawnattr_t
    static func spawnAttributes() -> SpawnAttributes { posix_spawnattr_t() }
    #endif
}
