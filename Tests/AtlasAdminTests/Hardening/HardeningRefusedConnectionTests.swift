import AtlasAdmin
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The fault the sandbox cannot inject: nothing listening at Atlas's
/// address (a wrong `--base-url`, a proxy down, a tunnel not up yet).
///
/// The port is held bound but never listened on, so the kernel refuses
/// every connection to it and no other test can take it meanwhile.
@Suite struct HardeningRefusedConnectionTests {
    @Test(arguments: HardeningFaultMatrixTests.Operation.allCases, SandboxHarness.Scheme.allCases)
    func aRefusedConnectionIsOneClearLine(operation: HardeningFaultMatrixTests.Operation, scheme: SandboxHarness.Scheme) async throws {
        let port = try BoundPort()
        defer { port.close() }
        let baseURL = try #require(URL(string: "http://127.0.0.1:\(port.number)"))
        let client = AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL, credentials: scheme.credentials, requestTimeout: .seconds(10),
            retryPolicy: SandboxHarness.quickRetries))

        let error = try #require(await HardeningFaultMatrixTests.run(operation, client), "\(operation) succeeded with nothing listening")
        guard case .transport(let failure) = error else {
            Issue.record("\(operation): expected a transport failure, got \(error)")
            return
        }
        #expect(failure.kind == .refused)
        #expect(!error.message.isEmpty && !error.message.contains("\n"), "\(error.message)")
        #expect(error.message.contains("127.0.0.1:\(port.number)") || error.message.lowercased().contains("refused"),
                "the message says what could not be reached: \(error.message)")
    }
}

/// A loopback TCP port bound and not listening.
private struct BoundPort {
    let descriptor: Int32
    let number: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            Glibc.close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        number = UInt16(bigEndian: address.sin_port)
    }

    func close() {
        Glibc.close(descriptor)
    }
}
