extension AdminJapanese {
    static let apply = #"""
    """#
}
