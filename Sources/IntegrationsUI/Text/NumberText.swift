import Localization

/// Numbers as operators read them in lists: `12,345`.
public enum NumberText {
    public static func grouped(_ value: Int) -> String {
        Messages.grouped(value)
    }

    /// A short duration as `83 ms` or `2.4 s`.
    public static func milliseconds(_ duration: Duration) -> String {
        let milliseconds = Int(duration / .milliseconds(1))
        if milliseconds < 1_000 { return "\(max(milliseconds, 0)) ms" }
        let tenths = (milliseconds + 50) / 100
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
