extension UIEnglish {
    static let form = #"""
    """#
}
