#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `wcwidth`, reached the one way that works everywhere.
///
/// Glibc declares `wcwidth` only under `_XOPEN_SOURCE`, which Swift's Glibc
/// module does not define, so on Linux the symbol is looked up once at run
/// time; the function itself is the libc one ncurses also uses.
enum CLibraryWidth {
    private typealias Function = @convention(c) (Int32) -> Int32

    #if canImport(Darwin)
    static func width(_ value: UInt32) -> Int32 {
        Int32(wcwidth(wchar_t(bitPattern: value)))
    }
    #else
    private static let function: Function? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else {
            return nil
        }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    /// Columns for the scalar `value`, or -1 when the locale does not know it.
    static func width(_ value: UInt32) -> Int32 {
        guard let function else { return -1 }
        return function(Int32(bitPattern: value))
    }
    #endif
}
