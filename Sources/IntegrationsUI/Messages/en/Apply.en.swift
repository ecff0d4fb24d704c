extension UIEnglish {
    static let apply = #"""
    """#
}
