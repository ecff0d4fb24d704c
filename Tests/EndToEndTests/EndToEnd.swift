import Testing

/// The real `atlas-integrations` binary in a real terminal (tmux), against
/// `atlas-sandbox` running as its own process. Each test is one thing an
/// operator does, checked twice: on the screen, and in what the sandbox
/// holds afterwards. Every journey has its own terminal and sandbox.
@Suite struct EndToEnd {}
