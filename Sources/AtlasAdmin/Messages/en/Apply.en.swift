extension AdminEnglish {
    static let apply = #"""
    """#
}
