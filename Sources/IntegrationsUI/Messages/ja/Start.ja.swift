extension UIJapanese {
    static let start = #"""
    """#
}
