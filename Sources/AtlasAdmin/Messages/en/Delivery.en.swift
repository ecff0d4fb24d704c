extension AdminEnglish {
    static let delivery = #"""
    """#
}
