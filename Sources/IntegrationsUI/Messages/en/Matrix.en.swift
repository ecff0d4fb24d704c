extension UIEnglish {
    static let matrix = #"""
    """#
}
