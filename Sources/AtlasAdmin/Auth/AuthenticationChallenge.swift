/// One challenge of a `WWW-Authenticate` header: a scheme and its parameters.
///
/// A server may offer several challenges in one header (or in several headers
/// that the platform joined with commas), so parsing returns all of them.
struct AuthenticationChallenge: Sendable, Hashable {
    var scheme: String
    /// Parameter names lower-cased; values unquoted and unescaped.
    var parameters: [String: String]

    /// Whether this is a challenge of `scheme`, compared case-insensitively.
    func isScheme(_ name: String) -> Bool {
        scheme.lowercased() == name.lowercased()
    }

    /// Parses `Digest realm="a", nonce="b", qop="auth", Bearer realm="c"`.
    static func parse(_ header: String) -> [AuthenticationChallenge] {
        var scanner = Scanner(Array(header.unicodeScalars))
        var challenges: [AuthenticationChallenge] = []
        while !scanner.isAtEnd {
            scanner.skip { $0 == "," || $0 == " " || $0 == "\t" }
            let name = scanner.token()
            if name.isEmpty {
                scanner.advance()
                continue
            }
            scanner.skip { $0 == " " || $0 == "\t" }
            if scanner.peek == "=", !challenges.isEmpty {
                scanner.advance()
                scanner.skip { $0 == " " || $0 == "\t" }
                let value = scanner.peek == "\"" ? scanner.quotedString() : scanner.token()
                challenges[challenges.count - 1].parameters[name.lowercased()] = value
            } else {
                challenges.append(AuthenticationChallenge(scheme: name, parameters: [:]))
            }
        }
        return challenges
    }
}

extension AuthenticationChallenge {
    /// A cursor over the header's scalars.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var isAtEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { isAtEnd ? nil : scalars[index] }

        mutating func advance() {
            index += 1
        }

        mutating func skip(while predicate: (Unicode.Scalar) -> Bool) {
            while let scalar = peek, predicate(scalar) { index += 1 }
        }

        /// An RFC 9110 token (letters, digits and ``!#$%&'*+-.^_`|~``, plus `/`
        /// so that unquoted base64-ish values survive).
        mutating func token() -> String {
            var out = String.UnicodeScalarView()
            while let scalar = peek, Self.isTokenCharacter(scalar) {
                out.append(scalar)
                index += 1
            }
            return String(out)
        }

        /// A quoted string starting at `"`, with `\` escapes undone.
        mutating func quotedString() -> String {
            var out = String.UnicodeScalarView()
            index += 1
            while let scalar = peek {
                index += 1
                if scalar == "\"" { break }
                if scalar == "\\", let next = peek {
                    out.append(next)
                    index += 1
                } else {
                    out.append(scalar)
                }
            }
            return String(out)
        }

        private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.value > 0x7E || scalar.value <= 0x20 { return false }
            return !"\"(),:;<=>?@[\\]{}".unicodeScalars.contains(scalar)
        }
    }
}
