import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A webhook receiver on loopback, written in Python so the signature of a
/// delivery is checked by an implementation independent of the product's
/// (Python's `hmac` with SHA-1, base64, compared in constant time).
///
/// Paths: `/hook` answers 200 to a valid or absent `X-MMS-Signature` and 401
/// to a wrong one; `/silent` says nothing for 10 s; `/hostile` answers 500
/// with escape sequences and the echoed secret in its body; `/redirect`
/// answers 302 to `/hook`. Each request is logged as one JSON line.
public final class WebhookReceiver: @unchecked Sendable {
    public let process = Process()
    public let baseURL: String
    /// `https://127.0.0.1:PORT` with a self-signed certificate, when asked for.
    public let tlsBaseURL: String?
    private let logPath: String

    /// One request as the receiver saw it.
    public struct Received: Sendable, Decodable {
        public var path: String
        public var event: String?
        public var contentType: String?
        public var signaturePresent: Bool
        public var signatureValid: Bool
        /// The top-level keys of the JSON body (empty when it was no object).
        public var bodyKeys: [String]
        public var bodyType: String?
        public var userAgent: String?
    }

    static let script = #"""
import base64, hashlib, hmac, json, os, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = os.environ.get("RECEIVER_SECRET", "").encode()
LOG = os.environ["RECEIVER_LOG"]

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=()):
        data = body.encode()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        signature = self.headers.get("X-MMS-Signature")
        expected = base64.b64encode(hmac.new(SECRET, body, hashlib.sha1).digest()).decode()
        valid = signature is not None and hmac.compare_digest(signature, expected)
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        record = {
            "path": self.path, "event": self.headers.get("X-MMS-Event"),
            "contentType": self.headers.get("Content-Type"),
            "signaturePresent": signature is not None, "signatureValid": valid,
            "bodyKeys": sorted(parsed.keys()) if isinstance(parsed, dict) else [],
            "bodyType": parsed.get("type") if isinstance(parsed, dict) else None,
            "userAgent": self.headers.get("User-Agent"),
        }
        with open(LOG, "a") as log:
            log.write(json.dumps(record) + "\n")
        if self.path == "/silent":
            time.sleep(10)
            self.answer(200, "too late")
        elif self.path == "/hostile":
            self.answer(500, "boom \x1b]52;c;ZXZpbA==\x07 \x1b[2J\x1b[6n\nsecret was " + SECRET.decode() + "\nline three\n")
        elif self.path == "/redirect":
            self.answer(302, "", [("Location", "/hook")])
        elif signature is not None and not valid:
            self.answer(401, "signature mismatch\nexpected a different secret\n")
        else:
            self.answer(200, json.dumps({"received": True, "signed": signature is not None}) + "\n")

import ssl, threading
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
ports = [str(server.server_address[1])]
if os.environ.get("RECEIVER_TLS_CERT"):
    tls = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tls.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.environ["RECEIVER_TLS_CERT"], os.environ["RECEIVER_TLS_KEY"])
    tls.socket = context.wrap_socket(tls.socket, server_side=True)
    threading.Thread(target=tls.serve_forever, daemon=True).start()
    ports.append(str(tls.server_address[1]))
print(" ".join(ports), flush=True)
server.serve_forever()
"""#

    /// Starts a receiver that checks signatures against `secret`; with
    /// `selfSignedTLS`, also an HTTPS one whose certificate nobody trusts.
    public init(secret: String, in directory: TemporaryDirectory, selfSignedTLS: Bool = false) throws {
        logPath = directory.file("receiver-\(UUID().uuidString).jsonl")
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        var environment = ProcessInfo.processInfo.environment
        environment["RECEIVER_SECRET"] = secret
        environment["RECEIVER_LOG"] = logPath
        if selfSignedTLS {
            let cert = directory.file("receiver-cert.pem"), key = directory.file("receiver-key.pem")
            let openssl = Process()
            openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                                 "-days", "1", "-keyout", key, "-out", cert]
            openssl.standardOutput = FileHandle.nullDevice
            openssl.standardError = FileHandle.nullDevice
            try openssl.run()
            openssl.waitUntilExit()
            environment["RECEIVER_TLS_CERT"] = cert
            environment["RECEIVER_TLS_KEY"] = key
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var collected = Data()
        while !collected.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            collected.append(chunk)
        }
        let printed = String(decoding: collected, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let ports = printed.split(separator: " ").compactMap { Int($0) }
        guard let port = ports.first, port > 0, ports.count == (selfSignedTLS ? 2 : 1) else {
            process.terminate()
            throw ReceiverFailure(printed: printed)
        }
        baseURL = "http://127.0.0.1:\(port)"
        tlsBaseURL = ports.count > 1 ? "https://127.0.0.1:\(ports[1])" : nil
    }

    /// `init`, run off the concurrency pool (python's start and a 2048-bit
    /// key for the TLS receiver take a while).
    public static func started(secret: String, in directory: TemporaryDirectory,
                               selfSignedTLS: Bool = false) async throws -> WebhookReceiver {
        try await offThePool { try WebhookReceiver(secret: secret, in: directory, selfSignedTLS: selfSignedTLS) }
    }

    public struct ReceiverFailure: Error, CustomStringConvertible {
        public var printed: String
        public var description: String { "the webhook receiver did not start: \(printed)" }
    }

    deinit { stop() }

    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(process.processIdentifier, &status, 0)
    }

    /// Every request received so far, in order.
    public func received() throws -> [Received] {
        let text = try String(contentsOfFile: logPath, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONDecoder().decode(Received.self, from: Data($0.utf8))
        }
    }
}
