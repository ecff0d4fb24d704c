/// Raw bytes into the pane, exactly as given: what a broken terminal or a
/// hostile paste could send, including invalid UTF-8.
extension TmuxSession {
    func send(bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        try Self.tmux(socketName, ["send-keys", "-t", target, "-H"] + hex)
    }
}
