extension UIJapanese {
    static let matrix = #"""
    """#
}
