extension UIEnglish {
    static let overlays = #"""
    """#
}
