extension UIJapanese {
    static let menu = #"""
    """#
}
