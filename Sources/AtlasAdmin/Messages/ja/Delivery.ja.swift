extension AdminJapanese {
    static let delivery = #"""
    """#
}
