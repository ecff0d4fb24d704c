/// How far reading the matrix's scope has come.
public struct MatrixProgress: Sendable, Equatable {
    /// Projects in scope.
    public var total = 0
    /// Read successfully.
    public var read = 0
    /// Read and failed.
    public var failed = 0

    public init(total: Int = 0, read: Int = 0, failed: Int = 0) {
        self.total = total
        self.read = read
        self.failed = failed
    }

    /// Neither read nor failed yet.
    public var pending: Int { total - read - failed }
    public var isComplete: Bool { pending == 0 }

    /// `integrations of 412/2,000 projects · 3 failed`.
    public func text(separator: String = "·") -> String {
        var text = tr("matrix.progress.read", read + failed, total)
        if failed > 0 { text += " \(separator) " + tr("matrix.progress.failed", failed) }
        return text
    }
}
