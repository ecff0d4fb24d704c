import AtlasAdmin
import AtlasIntegrationsRuntime
import Testing

/// What `--org`, `--missing`, `--differs` and `--types` accept: the names an
/// operator copies from the API or from the TUI, and a message that says
/// what would have been accepted when a name is none of them.
@Suite struct CommandChoiceTests {
    static let organizations = [
        Organization(id: "5e1c0a0f3b2d4c5e6f708101", name: "Acme-Retail"),
        Organization(id: "5e1c0a0f3b2d4c5e6f708102", name: "Shared"),
        Organization(id: "5e1c0a0f3b2d4c5e6f708103", name: "shared"),
        Organization(id: "5e1c0a0f3b2d4c5e6f708104", name: "Closed-Down", isDeleted: true),
    ]

    static func message(_ body: () throws(AtlasError) -> [Organization]) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            guard case .invalidInput(field: "org", let message) = error else { return "unexpected \(error)" }
            return message
        }
    }

    @Test func withoutOrgEveryOrganizationButTheDeletedOnesIsChosen() throws {
        let chosen = try OrganizationChoice.choose(nil, from: Self.organizations)
        #expect(chosen.map(\.name) == ["Acme-Retail", "Shared", "shared"])
    }

    @Test func anOrganizationIsChosenByIdOrByNameInAnyCase() throws {
        #expect(try OrganizationChoice.choose("5e1c0a0f3b2d4c5e6f708102", from: Self.organizations).map(\.name) == ["Shared"])
        #expect(try OrganizationChoice.choose("acme-retail", from: Self.organizations).map(\.id) == ["5e1c0a0f3b2d4c5e6f708101"])
    }

    @Test func aNameNoOrganizationHasIsRefusedNamingWhatWasGiven() {
        #expect(Self.message { () throws(AtlasError) in try OrganizationChoice.choose("Acme", from: Self.organizations) }
            == "No organization these credentials see has the id or name \"Acme\".")
        // A deleted organization's projects cannot be read: its name finds nothing.
        #expect(Self.message { () throws(AtlasError) in try OrganizationChoice.choose("closed-down", from: Self.organizations) }
            == "No organization these credentials see has the id or name \"closed-down\".")
    }

    @Test func aNameSharedByTwoOrganizationsIsRefusedWithTheirIdsInsteadOfGuessed() {
        #expect(Self.message { () throws(AtlasError) in try OrganizationChoice.choose("SHARED", from: Self.organizations) }
            == "2 organizations are named \"SHARED\" (5e1c0a0f3b2d4c5e6f708102, 5e1c0a0f3b2d4c5e6f708103): give the id.")
    }

    @Test(arguments: ["PAGER_DUTY", "pager_duty", "PagerDuty", "pagerduty"])
    func aTypeIsNamedAsAtlasOrAsOperatorsSpellItInAnyCase(name: String) throws {
        #expect(try IntegrationTypeNames.type(name, option: "--missing") == .pagerDuty)
    }

    @Test func aTypeWhoseNameHasASpaceIsFoundByThatName() throws {
        #expect(try IntegrationTypeNames.type("microsoft teams", option: "--differs") == .microsoftTeams)
    }

    @Test func anUnknownTypeIsRefusedListingEveryValidName() {
        do {
            _ = try IntegrationTypeNames.type("Pager", option: "--missing")
            Issue.record("an unknown name was taken")
        } catch {
            let names = IntegrationType.known.map(\.rawValue).joined(separator: ", ")
            #expect(error.description == "--missing must be one of \(names), got \"Pager\"")
            #expect(names.contains("PAGER_DUTY") && names.contains("MICROSOFT_TEAMS"))
        }
    }

    @Test func aListOfTypesIgnoresSpacesAndEmptyEntries() throws {
        #expect(try IntegrationTypeNames.types(" PagerDuty , DATADOG,,datadog ", option: "--types") == [.pagerDuty, .datadog])
    }

    @Test func aListThatNamesNoTypeOrAnUnknownOneIsRefused() {
        do {
            _ = try IntegrationTypeNames.types(" , ", option: "--types")
            Issue.record("an empty list was taken")
        } catch {
            #expect(error.description == "--types names no type")
        }
        do {
            _ = try IntegrationTypeNames.types("datadog,slak", option: "--types")
            Issue.record("an unknown name was taken")
        } catch {
            #expect(error.description.hasPrefix("--types must be one of PAGER_DUTY, "))
            #expect(error.description.hasSuffix("got \"slak\""))
        }
    }
}
