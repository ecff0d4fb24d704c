/// Shown when no credentials could be found: says exactly how to provide
/// them, and offers the demo (an embedded sandbox) so the tool can be tried.
struct StartScreen: Sendable, Equatable {
    var problem: String
    var demoRequest: RequestID?
    var banner: Banner?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var demo = KeyBinding([.character("d"), .enter], help: "start the demo", display: [.character("d")])
    }

    init(problem: String) {
        self.problem = problem
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        [keyMap.demo.enabled(demoRequest == nil, reason: "starting"), context.global.help, context.global.quit]
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        guard case .key(let key) = event else { return [] }
        if keyMap.demo.matches(key) && demoRequest == nil { return [.startDemo] }
        if context.global.help.matches(key) { return [.showHelp] }
        if context.global.quit.matches(key) { return [.quit(confirm: false)] }
        return []
    }

    static let instructions: [String] = [
        "atlas-integrations needs an Atlas API key or a service account with Project Owner (or Organization Owner) on the projects you want to change. Provide one of:",
        "",
        "1. An API key, in the environment:",
        "     export MONGODB_ATLAS_PUBLIC_API_KEY=<public key>",
        "     export MONGODB_ATLAS_PRIVATE_API_KEY=<private key>",
        "2. A service account, in the environment:",
        "     export MONGODB_ATLAS_CLIENT_ID=<client id>",
        "     export MONGODB_ATLAS_CLIENT_SECRET=<client secret>",
        "3. An Atlas CLI profile in ~/.config/atlascli/config.toml",
        "     (atlas config init, or atlas auth login), chosen with --profile NAME.",
        "",
        "For Atlas for Government or Ops Manager, also set MONGODB_ATLAS_BASE_URL.",
        "Then run atlas-integrations again.",
    ]

    func body(width: Int, height: Int, _ context: ScreenContext) -> ScreenBody {
        var lines: [Line] = [Line()]
        for wrapped in WordWrap.lines("No Atlas credentials: " + problem, width: width - 2) {
            lines.append(Line(" " + wrapped, .warning))
        }
        if let banner {
            lines += banner.view(width: width, glyphs: context.glyphs, maxLines: 3)
        }
        if demoRequest != nil {
            lines.append(Line(" \(context.spinner) Starting the demo sandbox…", .bannerInfo).fitted(to: width, fill: .bannerInfo))
        } else {
            var offer = Line(" Press ")
            offer.append("d", .footerKey)
            offer.append(" to try the demo: a local sandbox with sample projects.")
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
