extension UIJapanese {
    static let apply = #"""
    """#
}
