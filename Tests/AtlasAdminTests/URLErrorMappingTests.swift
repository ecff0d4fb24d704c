@testable import AtlasAdmin
import Foundation
import Testing

/// What libcurl says under URLSession's "unknown error" is read for its
/// kind: a refused certificate is a TLS failure (nothing was sent), a TLS
/// connection dropped after the request is a reset (a write may have landed).
@Suite struct URLErrorMappingTests {
    static func unknown(_ text: String) -> URLError {
        URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: text])
    }

    @Test(arguments: [
        ("SSL certificate problem: self-signed certificate", TransportFailure.Kind.tls),
        ("SSL certificate problem: unable to get local issuer certificate", .tls),
        ("SSL connect error", .tls),
        ("OpenSSL SSL_read: error:0A000126:SSL routines::unexpected eof while reading, errno 0", .reset),
        ("OpenSSL SSL_write: Broken pipe, errno 32", .reset),
        ("Connection reset by peer", .reset),
    ])
    func libcurlTextDecidesTheKind(text: String, kind: TransportFailure.Kind) {
        #expect(URLErrorMapping.failure(for: Self.unknown(text), status: nil, timeout: .seconds(10)).kind == kind)
    }

    @Test func aDropAfterTheHeadersIsACutBodyNotATLSFailure() {
        let failure = URLErrorMapping.failure(
            for: Self.unknown("OpenSSL SSL_read: unexpected eof while reading"), status: 200, timeout: .seconds(10))
        #expect(failure.kind == .malformedBody)
        #expect(failure.status == 200)
    }
}
