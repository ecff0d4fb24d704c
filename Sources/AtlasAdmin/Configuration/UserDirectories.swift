import Foundation

/// The operator's home, configuration and state directories, from the
/// environment as the Atlas CLI (Go's `os.UserHomeDir`/`os.UserConfigDir`)
/// and the XDG base-directory convention find them: `$HOME`, not the
/// account's passwd entry (`NSHomeDirectory()`), which differs under `sudo
/// -E`, in containers and whenever a test or a wrapper sets `HOME`.
public struct UserDirectories: Sendable, Hashable {
    /// `$HOME`; the passwd home only when `HOME` is unset or empty.
    public var home: String
    /// `$XDG_CONFIG_HOME` when it is an absolute path, else `home/.config`.
    public var configHome: String
    /// `$XDG_STATE_HOME` when it is an absolute path, else `home/.local/state`.
    public var stateHome: String

    public init(environment: [String: String], passwdHome: @autoclosure () -> String = NSHomeDirectory()) {
        let home = Self.absolute(environment["HOME"]) ?? passwdHome()
        self.home = home
        configHome = Self.absolute(environment["XDG_CONFIG_HOME"]) ?? home + "/.config"
        stateHome = Self.absolute(environment["XDG_STATE_HOME"]) ?? home + "/.local/state"
    }

    /// A value usable as a directory: non-empty and absolute (the XDG
    /// specification says relative paths are to be ignored).
    private static func absolute(_ value: String?) -> String? {
        guard let value, value.hasPrefix("/") else { return nil }
        var path = value
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
