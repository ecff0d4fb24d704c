/// Polls `body` until it gives a value (something outside the terminal,
/// such as the sandbox's request log, catching up); throws after `timeout`.
func eventually<T>(
    _ description: String, timeout: Duration = .seconds(30), _ body: () async throws -> T?
) async throws -> T {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
        if let value = try await body() { return value }
        if clock.now >= deadline { throw E2EError.missing("gave up waiting for \(description)") }
        try await Task.sleep(for: .milliseconds(100))
    }
}
