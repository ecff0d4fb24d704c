extension UIJapanese {
    static let form = #"""
    """#
}
