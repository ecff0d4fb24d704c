import Foundation

extension CharacterSet {
    /// Unreserved characters only, so `&`, `=`, `+` in values are escaped.
    static let urlQueryValueAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )
}
