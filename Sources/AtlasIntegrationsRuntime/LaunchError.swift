/// A problem found before the terminal starts: printed on stderr, exit 2.
public struct LaunchError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
