extension AdminEnglish {
    static let failures = #"""
    """#
}
