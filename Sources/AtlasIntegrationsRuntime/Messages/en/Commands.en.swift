extension RuntimeEnglish {
    static let commands = #"""
    # atlas-integrations
    cli.abstract = Set up MongoDB Atlas third-party integrations (PagerDuty, Datadog, …) on projects.
    cli.discussion = Credentials are resolved like the Atlas CLI's: --profile, then the environment (MONGODB_ATLAS_CLIENT_ID/_CLIENT_SECRET or MONGODB_ATLAS_PUBLIC_API_KEY/_PRIVATE_API_KEY, MONGODB_ATLAS_OPS_MANAGER_URL or MONGODB_ATLAS_BASE_URL), then the default profile of $XDG_CONFIG_HOME/atlascli/config.toml (else $HOME/.config/…); --base-url and --project replace what those give. Secrets are never taken from the command line.\nTry it without Atlas: atlas-integrations --demo
    cli.project.help = Open this project (24-hex id) directly.
    cli.readonly.help = Refuse every write; browse only.
    cli.project.invalid = --project must be a 24-character hexadecimal project id, got {0}
    cli.warning = warning: {0}
    # connection options
    cli.demo.help = Run on an embedded local Atlas sandbox with demo data (no credentials needed).
    cli.profile.help = Use this Atlas CLI profile from config.toml.
    cli.baseurl.help = Atlas base URL (default https://cloud.mongodb.com).
    cli.log.help = Write a log of requests (never secrets) to this file.
    cli.lang.help = Language of the interface: en or ja (default: from LC_ALL, LC_MESSAGES, LANG).
    cli.lang.invalid = --lang must be en or ja, got {0}
    cli.nocredentials = no Atlas credentials
    # matrix
    matrix.abstract = Print every project's integrations side by side, and where they differ.
    matrix.discussion = One row per project, one column per integration type: the masked tail of each key or URL (never a secret), the region, and whether it differs from the column's most common value. Credentials and flags as for the TUI. A progress line goes to stderr when it is a terminal.\nExit status: 0; 1 when --missing or --differs matched any project (for a cron job or CI check to alarm on); 2 when something could not be read (what was read is still printed).
    matrix.org.help = Only this organization (its id or its exact name).
    matrix.filter.help = Only projects whose name contains this text (case and accents ignored).
    matrix.missing.help = Only projects without an integration of this type (PAGER_DUTY, DATADOG, …).
    matrix.differs.help = Only projects whose integration of this type differs from the most common one.
    matrix.format.help = table, csv or json.
    matrix.sort.help = name, organization or missing (most missing first).
    matrix.both = give --missing or --differs, not both
    matrix.format.invalid = --format must be table, csv or json, got {0}
    matrix.sort.invalid = --sort must be name, organization or missing, got {0}
    # export
    export.abstract = Write projects' integrations as Terraform, Kubernetes operator or atlas api files.
    export.discussion = terraform: main.tf with a mongodbatlas_third_party_integration resource and an import block per integration, and a sensitive variable for every value Atlas hides. kubernetes: an AtlasThirdPartyIntegration manifest per integration beside its Secret (placeholders where Atlas hides the value) and a kustomization.yaml. atlas-api: a JSON body per integration and apply.sh, which sends them with `atlas api thirdPartyIntegrations updateGroupIntegration` once every REPLACE-ME placeholder is filled. No secret and no masked value is ever written. Types a tool cannot express are named, with the reason, at the top of the main file.\nFiles are written 0600 in a directory of their own (0700). Credentials and flags as for the TUI.\nExit status: 0; 1 when the files could not be written, among them an output directory that already holds files and no --replace (nothing is written into it, so an export never mixes with an older one); 2 when a project could not be read (what was read is still written), or on no credentials, an unknown organization or no answer from Atlas; 64 for a mistyped option.
    export.project.help = This project (24-hex id).
    export.org.help = Every project of this organization (its id or its exact name).
    export.types.help = Only these types, comma-separated (PAGER_DUTY,DATADOG or PagerDuty,…).
    export.format.help = terraform, kubernetes or atlas-api.
    export.output.help = The directory to write (default: atlas-integrations-<format> here).
    export.replace.help = Write into the directory even if it already holds files (they are replaced).
    export.one = give --project or --org (one of them)
    export.format.invalid = --format must be terraform, kubernetes or atlas-api, got {0}
    export.wrote = wrote {0} files to {1}: {2} integrations of {3} projects
    export.leftout = ; {0} the tool cannot express are named at the top
    export.notread = not read
    export.notexported = not exported: project {0} ({1}): {2}
    # audit
    audit.abstract = Print the writes made from here, as audit.jsonl in the state directory records them.
    audit.discussion = One line per write, oldest first: time, action, outcome with Atlas's status and error code, type, project, who (the public API key or client id), the Atlas it went to, and the last four characters of each secret it carried. Never a secret. The log is $XDG_STATE_HOME/atlas-integrations/audit.jsonl (else ~/.local/state/…), mode 0600; demo writes are not recorded. Exit status: 0; 2 when the log cannot be read; 64 when a flag is wrong.
    audit.since.help = Only writes since this day or time (2026-12-07, 2026-12-07T10:00:00Z).
    audit.project.help = Only writes to this project (24-hex id).
    audit.json.help = The log's own JSON lines instead of text.
    audit.since.invalid = --since must be a day (2026-12-07) or an ISO 8601 time, got {0}
    audit.project.invalid = --project must be a 24-hex project id, got {0}
    audit.unreadable = {0} line(s) of {1} could not be read and were skipped
    """#
}
