#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The locale characters are handled in: the operator's, or C.UTF-8 when
/// theirs names UTF-8 but is not installed.
///
/// A minimal server or container often has only `C`, `C.utf8` and `POSIX`,
/// while the operator's shell says `LANG=ja_JP.UTF-8` or `en_US.UTF-8`.
/// `setlocale` then fails and leaves the C locale, in which curses draws
/// every CJK character as `?` and the borders in ASCII. What the operator
/// asked for was UTF-8, and C.UTF-8 gives exactly that for widths and wide
/// characters; the language itself is read from the name, not from here.
public enum CharacterLocale {
    /// The locale name that decides character handling: `LC_ALL`, then
    /// `LC_CTYPE`, then `LANG`, the first that is set and not empty.
    public static func requested(in environment: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// Whether a locale name asks for UTF-8 (`ja_JP.UTF-8`, `en_US.utf8`).
    public static func namesUTF8(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// What to fall back to when the requested locale could not be set:
    /// C.UTF-8 if it named UTF-8, else nothing (the C locale the operator
    /// gets is what a non-UTF-8 name asked for anyway).
    public static func fallback(requested: String?, couldSet: Bool) -> [String] {
        guard !couldSet, let requested, namesUTF8(requested) else { return [] }
        return ["C.UTF-8", "C.utf8"]
    }

    /// Sets the locale from the process's environment, falling back as above.
    public static func adopt() {
        var environment: [String: String] = [:]
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        adopt(environment: environment)
    }

    static func adopt(environment: [String: String]) {
        let couldSet = setlocale(LC_ALL, "") != nil
        for name in fallback(requested: requested(in: environment), couldSet: couldSet) {
            if setlocale(LC_ALL, name) != nil { return }
        }
    }
}
