import AtlasAdmin
import IntegrationsUI

/// Per-keystroke latency of the project filter: `FilterIndex.setQuery` alone,
/// and the whole `update` + `view` the terminal loop runs for each key with
/// the picker holding every project.
struct FilterBench {
    let count: Int
    let runs: Int

    func run() -> [String: [Double]] {
        let names = FilterWorkload.projectNamesForBench(count: count)
        let query = FilterWorkload.benchQuery
        let typed = FilterWorkload.keystrokes(typing: query)
        // Typing then erasing: prefixes up, then down to the empty query.
        let queries = typed + typed.reversed().dropFirst() + [""]

        var indexSamples: [Double] = []
        var buildSamples: [Double] = []
        for _ in 0..<runs {
            var index = FilterIndex()
            buildSamples.append(Samples.time { index.append(names) })
            for text in queries {
                indexSamples.append(Samples.time { index.setQuery(text) })
            }
        }

        var appSamples: [Double] = []
        var loadSamples: [Double] = []
        for _ in 0..<runs {
            var state = AppState(
                configuration: AppConfiguration(targetLabel: "http://127.0.0.1", authKind: "API key"),
                width: 100, height: 30)
            loadSamples.append(Samples.time { state = Self.loadedPicker(state, names: names) })
            _ = view(state)
            let keys: [Key] = query.map { .character($0) } + Array(repeating: .backspace, count: query.count)
            for key in keys {
                appSamples.append(Samples.time {
                    _ = update(&state, .key(key))
                    _ = view(state)
                })
            }
        }
        return [
            "index_build_ms": buildSamples, "index_key_ms": indexSamples,
            "app_load_ms": loadSamples, "app_key_ms": appSamples,
        ]
    }

    /// The state after organizations and all their projects arrived, pages
    /// of 500 as the client delivers them.
    static func loadedPicker(_ initial: AppState, names: [String]) -> AppState {
        var state = initial
        let effects = state.launch()
        guard case .loadOrganizations(let orgsRequest)? = effects.first else { return state }
        let organization = Organization(id: "5c8a1e5d9d3c2b1a0f0000aa", name: "Bench Org")
        let followUps = update(&state, .organizationsLoaded(orgsRequest, [organization]))
        guard case .loadProjects(let projectsRequest, _)? = followUps.first else { return state }
        let projects = names.enumerated().map { offset, name in
            Project(id: String(format: "%024x", offset + 1), name: name, orgID: organization.id)
        }
        var loaded = 0
        var start = 0
        while start < projects.count {
            let page = Array(projects[start..<min(start + 500, projects.count)])
            start += page.count
            loaded += page.count
            _ = update(&state, .projectsPageLoaded(
                projectsRequest, projects: page, loaded: loaded, total: projects.count,
                isComplete: start >= projects.count))
        }
        return state
    }
}
