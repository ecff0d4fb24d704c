import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Turns what URLSession reports into the service layer's transport failures.
enum URLErrorMapping {
    /// The failure for `error`; `status` is the HTTP status when headers had
    /// already arrived (then a dropped connection means a truncated body).
    static func failure(for error: any Error, status: Int?, timeout: Duration) -> TransportFailure {
        guard let urlError = error as? URLError else {
            return TransportFailure(kind: .other, status: status, detailKey: "failures.detail.unexpected")
        }
        switch urlError.code {
        case .timedOut:
            return TransportFailure(kind: .timeout, detailKey: "failures.detail.noAnswerWithin", describe(timeout))
        case .cannotConnectToHost:
            return TransportFailure(kind: .refused, detailKey: "failures.detail.connectionRefused")
        case .networkConnectionLost, .badServerResponse, .cannotParseResponse, .zeroByteResource:
            if let status {
                return TransportFailure(kind: .malformedBody, status: status, detailKey: "failures.detail.bodyEndedEarly")
            }
            return TransportFailure(kind: .reset, detailKey: "failures.detail.closedBeforeAnswer")
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
             .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid,
             .clientCertificateRejected, .clientCertificateRequired:
            return TransportFailure(kind: .tls, detailKey: "failures.detail.certificateRejected")
        case .cannotFindHost, .dnsLookupFailed:
            return TransportFailure(kind: .dns, detailKey: "failures.detail.unknownHost")
        case .notConnectedToInternet:
            return TransportFailure(kind: .refused, detailKey: "failures.detail.noNetwork")
        default:
            // FoundationNetworking reports libcurl's "transfer closed with N
            // bytes remaining to read" (a body cut short) as an unknown error.
            let text = describeChain(urlError).lowercased()
            if text.contains("transfer closed") || text.contains("remaining to read") {
                return TransportFailure(kind: .malformedBody, status: status, detailKey: "failures.detail.bodyEndedEarly")
            }
            if text.contains("connection reset") || text.contains("recv failure") {
                return TransportFailure(kind: .reset, detailKey: "failures.detail.connectionReset")
            }
            // libcurl's "SSL certificate problem: self-signed certificate"
            // and handshake failures arrive as unknown errors too. Only
            // those phrases: a connection dropped after the request went out
            // ("SSL_read: … unexpected eof") is a reset, whose write may
            // have landed, never a refused certificate.
            if text.contains("ssl_read") || text.contains("ssl_write") || text.contains("unexpected eof") {
                if let status { return TransportFailure(kind: .malformedBody, status: status, detailKey: "failures.detail.bodyEndedEarly") }
                return TransportFailure(kind: .reset, detailKey: "failures.detail.closedBeforeAnswer")
            }
            let handshake = ["ssl certificate problem", "ssl connect error", "certificate verify", "handshake",
                             "self-signed certificate", "self signed certificate", "unable to get local issuer"]
            if handshake.contains(where: text.contains) {
                return TransportFailure(kind: .tls, detailKey: "failures.detail.certificateRejected")
            }
            return TransportFailure(kind: .other, status: status, detailKey: "failures.detail.urlError", String(urlError.code.rawValue))
        }
    }

    /// The descriptions of an error and the errors under it (never shown:
    /// they hold URLs; only matched against known phrases).
    private static func describeChain(_ error: URLError) -> String {
        var texts: [String] = []
        var current: NSError? = error as NSError
        while let nsError = current, texts.count < 4 {
            if let text = nsError.userInfo[NSLocalizedDescriptionKey] as? String { texts.append(text) }
            current = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        return texts.joined(separator: " ")
    }

    /// `30 s`, `1.5 s`, `250 ms`.
    static func describe(_ duration: Duration) -> String {
        let milliseconds = Int(duration / .milliseconds(1))
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return String(format: "%.1f s", Double(milliseconds) / 1000)
    }
}
