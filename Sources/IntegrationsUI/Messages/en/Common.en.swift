extension UIEnglish {
    static let common = #"""
    """#
}
