import AtlasAdmin

/// A test delivery in a box: while it is on its way, then what the receiver
/// answered (status, time, first lines of its body), what was sent (event
/// and signature), and a reminder that it went from this machine, not from
/// Atlas. `r` sends it again; Esc closes.
public struct TestDeliveryOverlay: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case pending
        case closed
        case sendAgain
    }

    public var request: TestDeliveryRequest
    /// nil while the delivery is on its way.
    public var report: TestDeliveryReport?
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var again = KeyBinding([.character("r")], help: "send again")
        public var close = KeyBinding([.escape, .enter, .character("q")], help: "close", display: [.escape])
        public init() {}
    }

    public init(request: TestDeliveryRequest, report: TestDeliveryReport? = nil) {
        self.request = request
        self.report = report
    }

    public var isSending: Bool { report == nil }

    public func bindings() -> [KeyBinding] {
        [keyMap.again.enabled(!isSending, reason: "still sending"), keyMap.close]
    }

    public mutating func update(_ key: Key) -> Outcome {
        if keyMap.close.matches(key) { return .closed }
        if keyMap.again.matches(key), !isSending { return .sendAgain }
        return .pending
    }

    /// What is sent, in one line: a signed sample alert or a card.
    var whatIsSent: String {
        switch request.kind {
        case .signedAlert:
            request.secret == nil
                ? "A sample alert (alert.open), unsigned: no secret is typed."
                : "A sample alert (alert.open), signed with the typed secret."
        case .messageCard:
            "A message card saying it is a test."
        }
    }

    public func view(width: Int, spinner: String, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 6, 40), 90)
        let inner = boxWidth - 4
        var content: [Line] = []
        func add(_ text: String, _ role: StyleRole = .dialog) {
            for wrapped in WordWrap.lines(Sanitizer.sanitize(text, maxCharacters: 600), width: inner) {
                content.append(Line(wrapped, role))
            }
        }
        add("To \(request.destination) (\(request.type.displayName), project “\(request.projectName)”)", .dialogDim)
        add(whatIsSent, .dialogDim)
        if request.templatesNotApplied {
            add("The templates typed are not applied to this test: it carries Atlas's default body and headers.", .dialogTitle)
        }
        add("It goes from this machine, not from Atlas: a receiver that allows only Atlas's addresses may answer Atlas differently.", .dialogDim)
        content.append(Line())
        guard let report else {
            add("\(spinner) Sending…", .dialogTitle)
            return Box.lines(title: "Test delivery", content: content, width: boxWidth, glyphs: glyphs)
        }
        add(report.headline, .dialogTitle)
        add("Time: \(NumberText.milliseconds(report.elapsed))")
        if let event = report.event { add("X-MMS-Event: \(event)") }
        if case .signedAlert = request.kind {
            add(report.signature.map { "X-MMS-Signature: \($0)" } ?? "X-MMS-Signature: not sent (no secret typed)")
        }
        if case .answered(_, let lines) = report.outcome {
            if lines.isEmpty {
                add("The answer had no body.", .dialogDim)
            } else {
                add("The answer began:", .dialogDim)
                for line in lines { add("  " + line) }
            }
        }
        return Box.lines(title: "Test delivery", content: content, width: boxWidth, glyphs: glyphs)
    }
}
