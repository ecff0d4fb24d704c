#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the UI core does differently by operating system, in one place: how
/// it reaches the C library's `wcwidth`. No other file in IntegrationsUI
/// has an `#if`.
enum Platform {
    /// Columns the C library gives the scalar `value` in the current
    /// locale, or -1 when the locale does not know it: the libc function
    /// ncurses also uses, so our widths and the terminal's agree.
    ///
    /// Glibc declares `wcwidth` only under `_XOPEN_SOURCE`, which Swift's
    /// Glibc module does not define, so on Linux the symbol is looked up
    /// once at run time; Darwin declares it.
    static func characterWidth(_ value: UInt32) -> Int32 {
        #if canImport(Darwin)
        Int32(wcwidth(wchar_t(bitPattern: value)))
        #else
        guard let wcwidth = Self.wcwidth else { return -1 }
        return wcwidth(Int32(bitPattern: value))
        #endif
    }

    #if !canImport(Darwin)
    private static let wcwidth: (@convention(c) (Int32) -> Int32)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else {
            return nil
        }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
    #endif
}
