extension UIEnglish {
    static let menu = #"""
    """#
}
