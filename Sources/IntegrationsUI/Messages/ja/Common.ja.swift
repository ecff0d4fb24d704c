extension UIJapanese {
    static let common = #"""
    """#
}
