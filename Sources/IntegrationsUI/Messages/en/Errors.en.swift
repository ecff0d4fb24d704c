extension UIEnglish {
    static let errors = #"""
    """#
}
