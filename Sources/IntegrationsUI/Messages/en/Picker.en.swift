extension UIEnglish {
    static let picker = #"""
    """#
}
