extension UIEnglish {
    static let start = #"""
    """#
}
