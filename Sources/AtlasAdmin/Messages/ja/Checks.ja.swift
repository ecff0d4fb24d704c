extension AdminJapanese {
    static let checks = #"""
    """#
}
