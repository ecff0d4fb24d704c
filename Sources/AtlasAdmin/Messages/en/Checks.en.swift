extension AdminEnglish {
    static let checks = #"""
    """#
}
