import Foundation

/// The Prometheus scrape configuration for a project's Prometheus
/// integration, in the shape Atlas's Prometheus integration documentation
/// gives it: a job scraping `/metrics` over HTTPS every 10 s with basic
/// auth, and either HTTP service discovery (the project's discovery
/// endpoint, refreshed every 60 s) or a targets file.
public enum PrometheusScrapeConfig {
    /// Why no configuration can be written.
    public enum Refusal: Error, Sendable, Hashable {
        /// Atlas for Government does not support the Prometheus integration.
        case government
        /// The project has no Prometheus integration.
        case notConfigured

        public var message: String {
            switch self {
            case .government:
                "Atlas for Government does not support the Prometheus integration, so there is no scrape configuration to write."
            case .notConfigured:
                "The project has no Prometheus integration."
            }
        }
    }

    /// The targets file a file-discovery job reads, as the documentation names it.
    public static let targetsFile = "/usr/local/etc/targets.json"

    /// The project's discovery endpoint on the Atlas host of `baseURL`.
    public static func discoveryURL(baseURL: URL, projectID: String) -> String {
        var origin = "\(baseURL.scheme ?? "https")://\(baseURL.host ?? "cloud.mongodb.com")"
        if let port = baseURL.port { origin += ":\(port)" }
        return "\(origin)/prometheus/v1.0/groups/\(projectID)/discovery"
    }

    /// Whether `baseURL` is an Atlas for Government host.
    public static func isGovernment(_ baseURL: URL) -> Bool {
        let host = baseURL.host?.lowercased() ?? ""
        return host == "cloud.mongodbgov.com" || host.hasSuffix(".mongodbgov.com")
    }

    /// The project's integration a scrape configuration is written for,
    /// with the catalog's word on which of its fields feed it.
    public static func scraped(_ project: ExportedProject) -> (Integration, CatalogEntry.ScrapeConfiguration)? {
        for integration in project.integrations {
            if let scrape = IntegrationCatalog.entry(for: integration.type).scrapeConfiguration { return (integration, scrape) }
        }
        return nil
    }

    /// The YAML text, or why there is none. `password` is the one typed in
    /// this session, if any: Atlas never returns it, so without it the file
    /// holds a placeholder and says so.
    public static func render(
        project: ExportedProject, baseURL: URL, password: String?
    ) -> Result<String, Refusal> {
        if isGovernment(baseURL) { return .failure(.government) }
        guard let (integration, scrape) = scraped(project) else { return .failure(.notConfigured) }
        let username = integration.text(scrape.usernameField)
            ?? "\(ExportItem.Placeholder.marker): the Prometheus user name"
        let secret = password.map { ExportQuoting.quoted($0, .yaml) }
            ?? ExportQuoting.quoted("\(ExportItem.Placeholder.marker): the Prometheus password (Atlas never returns it)", .yaml)
        let discovery = discoveryURL(baseURL: baseURL, projectID: project.id)
        let job = "atlas-" + (ExportNaming.slug(project.name) ?? project.id)
        var lines = [
            "# Prometheus scrape configuration for Atlas project \(ExportQuoting.commentText(project.name)) (\(project.id)),",
            "# written by atlas-integrations \(AtlasAdminVersion.current) after Atlas's Prometheus integration documentation.",
        ]
        if password == nil {
            lines.append("# Atlas never returns the password: replace \(ExportItem.Placeholder.marker) with the one set on the integration.")
        }
        let isFile = integration.text(scrape.discoveryField) == scrape.fileDiscoveryValue
        if isFile {
            lines += [
                "# File service discovery: keep \(targetsFile) current with the targets Atlas lists at",
                "#   \(discovery)",
                "# (GET with the same basic auth and Accept: application/json, for example every 60 s).",
            ]
        }
        let auth = [
            "      username: \(ExportQuoting.quoted(username, .yaml))",
            "      password: \(secret)",
        ]
        lines += [
            "scrape_configs:",
            "  - job_name: \(ExportQuoting.quoted(job, .yaml))",
            "    scrape_interval: 10s",
            "    metrics_path: /metrics",
            "    scheme: https",
            "    basic_auth:",
        ] + auth
        if isFile {
            lines += ["    file_sd_configs:", "      - files:", "          - \(ExportQuoting.quoted(targetsFile, .yaml))"]
        } else {
            lines += [
                "    http_sd_configs:",
                "      - url: \(ExportQuoting.quoted(discovery, .yaml))",
                "        refresh_interval: 60s",
                "        basic_auth:",
            ] + auth.map { "    " + $0 }
        }
        return .success(lines.joined(separator: "\n") + "\n")
    }
}
