import AtlasAdmin
import Testing

/// The types the UI core hands between tasks are `Sendable`; this file stops
/// compiling if one of them loses it.
@Suite struct SendableTests {
    private func requireSendable<Value: Sendable>(_ type: Value.Type) -> Bool { true }

    @Test func publicValuesAreSendable() {
        #expect(requireSendable(AtlasClient.self))
        #expect(requireSendable(AtlasClientConfiguration.self))
        #expect(requireSendable(AtlasError.self))
        #expect(requireSendable(Integration.self))
        #expect(requireSendable(IntegrationSettings.self))
        #expect(requireSendable(TypedIntegration.self))
        #expect(requireSendable(Page<Project>.self))
        #expect(requireSendable(ResolvedConfiguration.self))
        #expect(requireSendable(ConfigurationError.self))
        #expect(requireSendable(URLSessionTransport.self))
        #expect(requireSendable(RetryPolicy.self))
        #expect(requireSendable(ExchangeRecord.self))
    }
}
