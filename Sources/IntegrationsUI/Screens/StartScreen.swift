/// Shown when no credentials could be found: says exactly how to provide
/// them, and offers the demo (an embedded sandbox) so the tool can be tried.
struct StartScreen: Sendable, Equatable {
    var problem: String
    var demoRequest: RequestID?
    var banner: Banner?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var demo = KeyBinding([.character("d"), .enter], help: tr("start.key.demo"), display: [.character("d")])
    }

    init(problem: String) {
        self.problem = problem
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        [keyMap.demo.enabled(demoRequest == nil, reason: tr("start.reason.starting")), context.global.help, context.global.quit]
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        guard case .key(let key) = event else { return [] }
        if keyMap.demo.matches(key) && demoRequest == nil { return [.startDemo] }
        if context.global.help.matches(key) { return [.showHelp] }
        if context.global.quit.matches(key) { return [.quit(confirm: false)] }
        return []
    }

    /// The paragraphs under the offer, in the current language (computed
    /// each time: the language may differ between callers). A paragraph
    /// indented with spaces is a command or its continuation.
    static var instructions: [String] {
        [
            tr("start.intro"),
            "",
            tr("start.option.apikey"),
            "     export MONGODB_ATLAS_PUBLIC_API_KEY=" + tr("start.placeholder.publickey"),
            "     export MONGODB_ATLAS_PRIVATE_API_KEY=" + tr("start.placeholder.privatekey"),
            tr("start.option.serviceaccount"),
            "     export MONGODB_ATLAS_CLIENT_ID=" + tr("start.placeholder.clientid"),
            "     export MONGODB_ATLAS_CLIENT_SECRET=" + tr("start.placeholder.clientsecret"),
            tr("start.option.profile"),
            "     " + tr("start.option.profile.how"),
            "",
            tr("start.baseurl"),
            tr("start.again"),
        ]
    }

    func body(width: Int, height: Int, _ context: ScreenContext) -> ScreenBody {
        var lines: [Line] = [Line()]
        for wrapped in WordWrap.lines(tr("start.problem", problem), width: width - 2) {
            lines.append(Line(" " + wrapped, .warning))
        }
        if let banner {
            lines += banner.view(width: width, glyphs: context.glyphs, maxLines: 3)
        }
        if demoRequest != nil {
            lines.append(Line(" \(context.spinner) " + tr("start.demo.starting"), .bannerInfo).fitted(to: width, fill: .bannerInfo))
        } else {
            var offer = Line(" " + tr("start.offer.before"))
            offer.append("d", .footerKey)
            offer.append(tr("start.offer.after"))
            lines.append(offer)
        }
        lines.append(Line())
        for paragraph in Self.instructions {
            let indent = paragraph.prefix { $0 == " " }
            for wrapped in WordWrap.lines(String(paragraph.dropFirst(indent.count)), width: width - 2 - indent.count) {
                lines.append(Line(" " + indent + wrapped, indent.isEmpty ? .normal : .label))
            }
        }
        return ScreenBody(lines: lines)
    }
}
