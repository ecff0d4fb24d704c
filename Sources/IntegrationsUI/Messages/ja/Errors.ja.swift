extension UIJapanese {
    static let errors = #"""
    """#
}
