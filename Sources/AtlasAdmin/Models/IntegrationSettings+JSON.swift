import Foundation

extension IntegrationSettings {
    /// The request body with `type` first and the fields in their order.
    ///
    /// `JSONEncoder` does not keep the order of keyed containers, so each key
    /// and value is encoded on its own and the object is assembled here: the
    /// same settings always give the same bytes, which keeps logs and
    /// recorded exchanges comparable.
    public func jsonBody() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var out = Data("{".utf8)
        out += try encoder.encode("type")
        out += Data(":".utf8)
        out += try encoder.encode(type.rawValue)
        for entry in fields where entry.key != "type" {
            out += Data(",".utf8)
            out += try encoder.encode(entry.key)
            out += Data(":".utf8)
            out += try encoder.encode(entry.value)
        }
        out += Data("}".utf8)
        return out
    }
}
