import Foundation
import TestSupport

/// Real parsers of the exported formats, run in python3: `python-hcl2` for
/// Terraform, PyYAML for the manifests and the scrape configuration. Each
/// answers JSON, read back as `JSONNode`. Without them the tests fail
/// rather than skip (`.ci/run` installs them).
enum ExportParsers {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A Terraform file as python-hcl2 reads it, string literals decoded
    /// (the parser keeps them as written, quotes and escapes included).
    static func terraform(_ path: String) async throws -> JSONNode {
        try await run(#"""
            import hcl2, json, sys

            def literal(text):
                body, out, i = text[1:-1], [], 0
                while i < len(body):
                    c = body[i]
                    if c == '\\':
                        n = body[i + 1]
                        if n == 'u':
                            out.append(chr(int(body[i + 2:i + 6], 16))); i += 6; continue
                        out.append({'n': '\n', 'r': '\r', 't': '\t', '"': '"', '\\': '\\'}[n]); i += 2; continue
                    if body.startswith('$${', i) or body.startswith('%%{', i):
                        out.append(body[i + 1:i + 3]); i += 3; continue
                    out.append(c); i += 1
                return ''.join(out)

            def decode(value):
                if isinstance(value, str) and len(value) >= 2 and value[0] == '"' and value[-1] == '"':
                    return literal(value)
                if isinstance(value, dict):
                    return {decode(k): decode(v) for k, v in value.items() if k != '__is_block__'}
                if isinstance(value, list):
                    return [decode(v) for v in value]
                return value

            json.dump(decode(hcl2.load(open(sys.argv[1], encoding='utf-8'))), sys.stdout)
            """#, path)
    }

    /// Every document of a YAML file.
    static func yamlDocuments(_ path: String) async throws -> [JSONNode] {
        let node = try await run(
            "import json, sys, yaml; json.dump(list(yaml.safe_load_all(open(sys.argv[1], encoding='utf-8'))), sys.stdout)",
            path)
        guard case .array(let documents) = node else { throw Failure(description: "\(path): not a list of documents") }
        return documents
    }

    /// Every document of each YAML file, by path, in one run of the parser
    /// (hundreds of manifests would otherwise start hundreds of pythons).
    static func yamlDocuments(of paths: [String]) async throws -> [String: [JSONNode]] {
        let listing = paths.joined(separator: "\n")
        let node = try await run(
            "import json, sys, yaml; json.dump({p: list(yaml.safe_load_all(open(p, encoding='utf-8'))) "
                + "for p in sys.argv[1].split('\\n') if p}, sys.stdout)",
            listing)
        guard case .object(let byPath) = node else { throw Failure(description: "not a map of files") }
        return byPath.mapValues(\.arrayItems)
    }

    /// Runs the parser off the concurrency pool: hcl2 over hundreds of
    /// resources takes seconds, which would hold a pool thread.
    private static func run(_ script: String, _ path: String) async throws -> JSONNode {
        try await offThePool { try runBlocking(script, path) }
    }

    private static func runBlocking(_ script: String, _ path: String) throws -> JSONNode {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let json = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(path) did not parse: \(stderr)")
        }
        return try JSONNode(json: json)
    }
}

extension JSONNode {
    var arrayItems: [JSONNode] {
        if case .array(let items) = self { return items }
        return []
    }

    var boolean: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
