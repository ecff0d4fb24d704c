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
        public var again = KeyBinding([.character("r")], help: tr("overlays.test.key.again"))
        public var close = KeyBinding([.escape, .enter, .character("q")], help: tr("overlays.key.close"), display: [.escape])
        public init() {}
    }

    public init(request: TestDeliveryRequest, report: TestDeliveryReport? = nil) {
        self.request = request
        self.report = report
    }

    public var isSending: Bool { report == nil }

    public func bindings() -> [KeyBinding] {
        [keyMap.again.enabled(!isSending, reason: tr("overlays.test.key.sending")), keyMap.close]
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
                ? tr("overlays.test.sent.unsigned")
                : tr("overlays.test.sent.signed")
        case .messageCard:
            tr("overlays.test.sent.card")
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
        add(tr("overlays.test.to", request.destination, request.type.displayName, request.projectName), .dialogDim)
        add(whatIsSent, .dialogDim)
        if request.templatesNotApplied {
            add(tr("overlays.test.templates"), .dialogTitle)
        }
        add(tr("overlays.test.origin"), .dialogDim)
        content.append(Line())
        guard let report else {
            add("\(spinner) " + tr("overlays.test.sending"), .dialogTitle)
            return Box.lines(title: tr("overlays.test.title"), content: content, width: boxWidth, glyphs: glyphs)
        }
        add(report.headline, .dialogTitle)
        add(tr("overlays.test.time", NumberText.milliseconds(report.elapsed)))
        if let event = report.event { add("X-MMS-Event: \(event)") }
        if case .signedAlert = request.kind {
            add(report.signature.map { "X-MMS-Signature: \($0)" } ?? "X-MMS-Signature: " + tr("overlays.test.nosignature"))
        }
        if case .answered(_, let lines) = report.outcome {
            if lines.isEmpty {
                add(tr("overlays.test.nobody"), .dialogDim)
            } else {
                add(tr("overlays.test.body"), .dialogDim)
                for line in lines { add("  " + line) }
            }
        }
        return Box.lines(title: tr("overlays.test.title"), content: content, width: boxWidth, glyphs: glyphs)
    }
}
