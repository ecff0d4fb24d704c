#if canImport(Glibc)
import Glibc
#endif

/// `wcwidth` answers from the locale; the tests measure in C.UTF-8 like a
/// UTF-8 terminal. A `static let` runs once, however many tests ask.
enum TestLocale {
    static let utf8: Bool = {
        setlocale(LC_ALL, "C.UTF-8") != nil
    }()

    static func ensure() {
        _ = utf8
    }
}
