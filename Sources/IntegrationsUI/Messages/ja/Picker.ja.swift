extension UIJapanese {
    static let picker = #"""
    """#
}
