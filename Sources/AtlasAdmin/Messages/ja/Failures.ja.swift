extension AdminJapanese {
    static let failures = #"""
    """#
}
