extension UIJapanese {
    static let overlays = #"""
    """#
}
