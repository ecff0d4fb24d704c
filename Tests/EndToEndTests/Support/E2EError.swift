/// Why a journey could not go on. A screen that never showed what was
/// awaited carries that last screen, so a failure reads like a bug report.
enum E2EError: Error, CustomStringConvertible {
    case command(String)
    case missing(String)
    case timeout(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .command(let text), .missing(let text):
            text
        case .timeout(let awaited, let screen):
            "timed out waiting for \(awaited); the screen was:\n\(screen)"
        }
    }
}
