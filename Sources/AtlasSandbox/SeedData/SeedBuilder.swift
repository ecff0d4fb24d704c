/// Builds the initial `SandboxState` for a seed.
enum SeedBuilder {
    static func state(for seed: SandboxSeed) -> SandboxState {
        switch seed {
        case .demo: demo()
        case .empty: empty()
        case .large(let count): large(count)
        }
    }

    private static var organizations: [Organization] {
        DemoSeed.organizations.map { Organization(id: $0.id, name: $0.name) }
    }

    private static func demo() -> SandboxState {
        let projects = DemoSeed.projects.map {
            Project(id: $0.id, name: $0.name, orgId: $0.orgID, clusterCount: $0.clusterCount, created: $0.created)
        }
        var integrations: [String: [StoredIntegration]] = [:]
        for seeded in DemoSeed.integrations {
            guard let type = IntegrationType(rawValue: seeded.type) else { continue }
            var fields = seeded.settings.mapValues(JSONValue.string)
            for (name, flag) in seeded.flags { fields[name] = .bool(flag) }
            integrations[seeded.projectID, default: []].append(StoredIntegration(id: seeded.id, type: type, fields: fields))
        }
        var alertConfigs: [String: [StoredAlertConfig]] = [:]
        for seeded in DemoSeed.alertConfigs {
            alertConfigs[seeded.projectID, default: []].append(StoredAlertConfig(
                id: seeded.id, eventTypeName: seeded.eventTypeName, enabled: seeded.enabled,
                created: "2024-03-12T08:00:00Z", notifications: seeded.notifications))
        }
        return SandboxState(organizations: organizations, projects: projects, integrations: integrations,
                            alertConfigs: alertConfigs)
    }

    private static func empty() -> SandboxState {
        SandboxState(organizations: Array(organizations.prefix(1)), projects: [], integrations: [:])
    }

    /// `count` generated projects spread round-robin over the demo
    /// organizations, one minute apart from 2020-01-01, with ids that
    /// follow from their position.
    private static func large(_ count: Int) -> SandboxState {
        let organizations = organizations
        let start = 1_577_836_800 // 2020-01-01T00:00:00Z
        var projects: [Project] = []
        projects.reserveCapacity(count)
        let width = max(5, String(count).count)
        for index in 0..<count {
            let created = start + index * 60
            let number = String(index + 1)
            let name = "load-test-" + String(repeating: "0", count: width - number.count) + number
            projects.append(Project(
                id: ObjectId.hex(created, width: 8) + "4c0ad7e5f1" + ObjectId.hex(index + 1, width: 6),
                name: name,
                orgId: organizations[index % organizations.count].id,
                clusterCount: index % 7,
                created: isoDate(secondsSince1970: created)
            ))
        }
        return SandboxState(organizations: organizations, projects: projects, integrations: [:])
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for a Unix time (civil-from-days, no Foundation
    /// formatter, so 20,000 dates cost microseconds).
    static func isoDate(secondsSince1970 seconds: Int) -> String {
        let days = seconds / 86_400, secondOfDay = seconds % 86_400
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }
}
