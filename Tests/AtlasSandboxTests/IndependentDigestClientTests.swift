@testable import AtlasSandbox
import Foundation
import Testing

/// Digest checked with widely used clients that share no code with ours.
@Suite struct IndependentDigestClientTests {
    static let curl = ExternalTool.find("curl")
    static let python = ExternalTool.find("python3")
    static let hasRequests = python.map { ExternalTool.runBlocking($0, ["-c", "import requests"]).status == 0 } ?? false

    @Test(.enabled(if: curl != nil, "curl is not installed; the curl --digest check is skipped"))
    func curlDigestReadsAndWrites() async throws {
        let curl = try #require(Self.curl)
        try await withSandbox { (_, client) async throws in
            let base = client.baseURL.absoluteString
            let key = SandboxAPIKey.demo
            let read = await ExternalTool.run(curl, [
                "-sS", "--digest", "-u", "\(key.publicKey):\(key.privateKey)",
                "-H", "Accept: application/vnd.atlas.2023-01-01+json",
                "-w", "\n%{http_code}", "\(base)\(Paths.integrations(DemoSeed.paymentsProjectID))",
            ])
            #expect(read.output.hasSuffix("\n200"), "\(read.output)")
            #expect(read.output.contains("****************************e8f9"))

            let write = await ExternalTool.run(curl, [
                "-sS", "--digest", "-u", "\(key.publicKey):\(key.privateKey)", "-X", "POST",
                "-H", "Accept: application/vnd.atlas.2023-01-01+json",
                "-H", "Content-Type: application/vnd.atlas.2023-01-01+json",
                "--data", #"{"type":"VICTOR_OPS","apiKey":"6d2f8a1c-3b4e-4f5a-9c7d-2e1f0a9b8c7d"}"#,
                "-w", "\n%{http_code}", "\(base)\(Paths.integration(DemoSeed.emptyProjectID, "VICTOR_OPS"))",
            ])
            #expect(write.output.hasSuffix("\n200"), "\(write.output)")

            let wrong = await ExternalTool.run(curl, [
                "-sS", "--digest", "-u", "\(key.publicKey):wrong", "-o", "/dev/null", "-w", "%{http_code}",
                "-H", "Accept: application/vnd.atlas.2023-01-01+json", "\(base)/api/atlas/v2/groups",
            ])
            #expect(wrong.output == "401")
        }
    }

    @Test(.enabled(if: hasRequests, "python3 with the requests package is not installed; the HTTPDigestAuth check is skipped"))
    func pythonRequestsDigestAuthIncludingNonceReuseAndStale() async throws {
        let python = try #require(Self.python)
        try await withSandbox { (_, client) async throws in
            let script = """
                import sys, requests
                from requests.auth import HTTPDigestAuth
                base, public, private = sys.argv[1], sys.argv[2], sys.argv[3]
                s = requests.Session()
                s.auth = HTTPDigestAuth(public, private)
                h = {"Accept": "application/vnd.atlas.2023-01-01+json"}
                codes = []
                for _ in range(3):  # requests reuses the nonce with nc 2, 3 …
                    codes.append(s.get(base + "/api/atlas/v2/groups?itemsPerPage=1", headers=h).status_code)
                requests.post(base + "/__sandbox/faults", json={"route": "GET /api/atlas/v2/orgs", "kind": "expireNonces", "count": 1})
                codes.append(s.get(base + "/api/atlas/v2/orgs", headers=h).status_code)  # stale=true, then retried
                r = s.post(base + "/api/atlas/v2/groups/%s/integrations/OPS_GENIE" % sys.argv[4], headers=h,
                           json={"type": "OPS_GENIE", "apiKey": "k-123456", "region": "EU"})
                codes.append(r.status_code)
                bad = requests.get(base + "/api/atlas/v2/orgs", headers=h, auth=HTTPDigestAuth(public, "wrong"))
                codes.append(bad.status_code)
                print(" ".join(map(str, codes)))
                """
            let result = await ExternalTool.run(python, [
                "-c", script, client.baseURL.absoluteString, "sandboxk", SandboxAPIKey.demo.privateKey, DemoSeed.emptyProjectID,
            ])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "200 200 200 200 200 401")
        }
    }
}
