import Testing
@testable import AtlasAdmin

/// What a read must show for a write to count as applied.
@Suite struct WriteReadBackTests {
    @Test func aReadHoldsTheWriteByClearValuesAndMaskedTails() throws {
        let sent = try IntegrationSettings(.webhook, [
            "url": .text("https://hooks.example.com/atlas/9c2e"), "secret": .secret(SecretValue("s3cr3t-abcd")),
        ])
        let expected = WriteReadBack.expectation(of: sent)
        #expect(expected == ["url": .maskedTail("9c2e"), "secret": .maskedTail("abcd")])
        let read = Integration(raw: ["type": .string("WEBHOOK"), "url": .string("https://hooks.example.com/****9c2e"),
                                     "secret": .string("*******abcd")])
        #expect(WriteReadBack.holds(expected, in: read))
        let older = Integration(raw: ["type": .string("WEBHOOK"), "url": .string("https://hooks.example.com/****0000"),
                                      "secret": .string("*******abcd")])
        #expect(!WriteReadBack.holds(expected, in: older))
        #expect(!WriteReadBack.holds(expected, in: nil))
    }

    @Test func writeOnlyFieldsCannotBeConfirmedAndAreLeftOut() throws {
        let sent = try IntegrationSettings(.prometheus, [
            "username": .text("prom"), "password": .secret(SecretValue("pw")),
            "serviceDiscovery": .text("file"), "enabled": .bool(false),
        ])
        let expected = WriteReadBack.expectation(of: sent)
        #expect(expected["password"] == nil)
        let read = Integration(raw: ["type": .string("PROMETHEUS"), "username": .string("prom"),
                                     "serviceDiscovery": .string("file"), "enabled": .bool(false)])
        #expect(WriteReadBack.holds(expected, in: read))
        let enabled = Integration(raw: ["type": .string("PROMETHEUS"), "username": .string("prom"),
                                        "serviceDiscovery": .string("file"), "enabled": .bool(true)])
        #expect(!WriteReadBack.holds(expected, in: enabled))
    }

    @Test func onlyLostAnswersLeaveTheOutcomeUnknown() {
        #expect(AtlasError.transport(TransportFailure(kind: .timeout, detail: "")).leavesWriteOutcomeUnknown)
        #expect(AtlasError.transport(TransportFailure(kind: .reset, detail: "")).leavesWriteOutcomeUnknown)
        #expect(AtlasError.transport(TransportFailure(kind: .malformedBody, detail: "")).leavesWriteOutcomeUnknown)
        #expect(AtlasError.cancelled.leavesWriteOutcomeUnknown)
        #expect(AtlasError.api(APIErrorDetail(status: 502, errorCode: "BAD_GATEWAY")).leavesWriteOutcomeUnknown)
        #expect(!AtlasError.transport(TransportFailure(kind: .refused, detail: "")).leavesWriteOutcomeUnknown)
        #expect(!AtlasError.transport(TransportFailure(kind: .dns, detail: "")).leavesWriteOutcomeUnknown)
        #expect(!AtlasError.api(APIErrorDetail(status: 409, errorCode: "INTEGRATION_ALREADY_CONFIGURED")).leavesWriteOutcomeUnknown)
        #expect(!AtlasError.api(APIErrorDetail(status: 429, errorCode: "RATE_LIMITED")).leavesWriteOutcomeUnknown)
    }
}
