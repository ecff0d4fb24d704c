/// Sends a request through the transport with authentication, the one
/// authentication retry, and the retry policy.
struct RequestExecutor: Sendable {
    var transport: any HTTPTransport
    var retryPolicy: RetryPolicy
    var observer: (@Sendable (ExchangeRecord) -> Void)?
    /// What retry waits sleep on.
    var clock: ClientClock

    /// The final response, whatever its status; throws only when no usable
    /// answer came (transport failure, cancellation, a failed token request).
    /// Without `waitsOutRateLimit` a `429` is handed back at once.
    func perform(
        _ request: HTTPRequest, safeToRepeat: Bool, waitsOutRateLimit: Bool = true,
        authenticator: (any RequestAuthenticator)?
    ) async throws(AtlasError) -> HTTPResponse {
        var attempt = 1
        var request = request
        while true {
            if Task.isCancelled { throw .cancelled }
            let wait: Duration
            do {
                let response = try await authenticatedExchange(request, authenticator: authenticator)
                if response.status == 429 && !waitsOutRateLimit { return response }
                guard let delay = retryPolicy.delay(
                    afterAttempt: attempt, status: response.status,
                    retryAfter: response.retryAfterSeconds, safeToRepeat: safeToRepeat)
                else { return response }
                wait = delay
            } catch {
                // A failed token request was retried on its own already.
                guard case .exchange(.transport(let failure)) = error,
                      let delay = retryPolicy.delay(afterAttempt: attempt, failure: failure, safeToRepeat: safeToRepeat)
                else { throw error.underlying }
                wait = delay
                // Whatever held up or dropped this attempt may hold the pool too.
                request.needsFreshConnection = true
            }
            do {
                try await clock.sleep(for: wait)
            } catch {
                throw .cancelled
            }
            attempt += 1
        }
    }

    /// One attempt: sign, send, and on a `401` that new credentials can
    /// answer, sign and send once more. Re-sending a body here is safe: the
    /// server refused the first one before acting on it.
    private func authenticatedExchange(
        _ request: HTTPRequest, authenticator: (any RequestAuthenticator)?
    ) async throws(AttemptError) -> HTTPResponse {
        guard let authenticator else {
            do {
                return try await exchange(request)
            } catch {
                throw .exchange(error)
            }
        }
        let response = try await signedExchange(request, authenticator: authenticator)
        guard response.status == 401 else { return response.response }
        let recovered: Bool
        do {
            recovered = try await authenticator.recover(from: response.response, authorization: response.authorization)
        } catch {
            throw .authorization(error)
        }
        guard recovered else { return response.response }
        let second = try await signedExchange(request, authenticator: authenticator)
        if second.status == 401 {
            // No third attempt; hand back whatever the authenticator lent.
            authenticator.finished(second.response, authorization: second.authorization)
        }
        return second.response
    }

    /// One signed exchange. Every answer but a `401` is reported back to the
    /// authenticator here; a `401` is left to the caller's `recover`.
    private func signedExchange(
        _ request: HTTPRequest, authenticator: any RequestAuthenticator
    ) async throws(AttemptError) -> SignedResponse {
        var signed = request
        let authorization: String?
        do {
            authorization = try await authenticator.authorization(for: request)
        } catch {
            throw .authorization(error)
        }
        signed.headers["Authorization"] = authorization
        do {
            let response = try await exchange(signed)
            if response.status != 401 { authenticator.finished(response, authorization: authorization) }
            return SignedResponse(response: response, authorization: authorization)
        } catch {
            authenticator.finished(nil, authorization: authorization)
            throw .exchange(error)
        }
    }

    /// Where an attempt failed: getting credentials (a token request, which
    /// has its own retries) or the exchange itself.
    private enum AttemptError: Error {
        case authorization(AtlasError)
        case exchange(AtlasError)

        var underlying: AtlasError {
            switch self {
            case .authorization(let error), .exchange(let error): error
            }
        }
    }

    private struct SignedResponse {
        var response: HTTPResponse
        var authorization: String?
        var status: Int { response.status }
    }

    /// Sends once and reports the exchange to the observer, with the time
    /// it took on the real clock (the transport's time, as its timeout).
    func exchange(_ request: HTTPRequest) async throws(AtlasError) -> HTTPResponse {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await transport.send(request)
            report(request, status: response.status, failure: nil, duration: clock.now - start)
            return response
        } catch {
            if case .transport(let failure) = error {
                report(request, status: failure.status, failure: failure.kind, duration: clock.now - start)
            }
            throw error
        }
    }

    private func report(_ request: HTTPRequest, status: Int?, failure: TransportFailure.Kind?, duration: Duration) {
        observer?(ExchangeRecord(
            method: request.method, target: request.requestTarget, status: status, failure: failure,
            duration: duration, wasAuthorized: request.headers["Authorization"] != nil))
    }
}
