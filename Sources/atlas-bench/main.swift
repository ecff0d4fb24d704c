// Benchmarks of the product's own code paths, in-process; scripts/bench runs
// this in release mode and turns the raw samples into BENCHMARKS.md.
//
//   atlas-bench demo-names         print the demo seed's project names
//   atlas-bench names N            print N project names (for fzf and dialog)
//   atlas-bench filter N RUNS      per-keystroke filter and filter+render times
//   atlas-bench requests RUNS      HTTP requests per warm call, Digest and service account
//   atlas-bench load N RUNS        loading N projects, sequential and parallel pages
//   atlas-bench matrix N RUNS [LIMIT]  the matrix's reads of N projects' integrations
//                                  (with LIMIT: through a token bucket of LIMIT a minute)
//   atlas-bench matrix-latency N RUNS MS  the same with every integrations read held MS
//   atlas-bench matrix-keys N RUNS per-keystroke update+view in the matrix at N rows
//   atlas-bench apply N RUNS [LIMIT]  applying PagerDuty to N projects: the plan's reads,
//                                  then the writes (with LIMIT: through a token bucket of
//                                  LIMIT a minute)
//
// Every measuring command prints one JSON object of raw samples (milliseconds
// or counts); the script computes medians, percentiles and spreads.
import AtlasSandbox
import Foundation
import IntegrationsUI

let arguments = Array(CommandLine.arguments.dropFirst())
func argument(_ index: Int, default value: Int) -> Int {
    index < arguments.count ? Int(arguments[index]) ?? value : value
}

switch arguments.first {
case "names":
    let names = FilterWorkload.projectNamesForBench(count: argument(1, default: 20_000))
    print(names.joined(separator: "\n"))
case "demo-names":
    print(DemoSeed.projects.map(\.name).joined(separator: "\n"))
case "filter":
    let samples = FilterBench(count: argument(1, default: 20_000), runs: argument(2, default: 10)).run()
    Samples.emit(samples)
case "requests":
    let samples = try await RequestBench(runs: argument(1, default: 20)).run()
    Samples.emit(samples)
case "load":
    let samples = try await LoadBench(count: argument(1, default: 20_000), runs: argument(2, default: 5)).run()
    Samples.emit(samples)
case "matrix":
    let limit = arguments.count > 3 ? Int(arguments[3]) : nil
    let samples = try await MatrixBench(count: argument(1, default: 2_000), runs: argument(2, default: 3),
                                        rateLimit: limit).run()
    Samples.emit(samples)
case "matrix-latency":
    let samples = try await MatrixBench(count: argument(1, default: 2_000), runs: argument(2, default: 1),
                                        rateLimit: nil, latencyMilliseconds: argument(3, default: 20)).run()
    Samples.emit(samples)
case "apply":
    let limit = arguments.count > 3 ? Int(arguments[3]) : nil
    let samples = try await ApplyBench(count: argument(1, default: 200), runs: argument(2, default: 3),
                                       rateLimit: limit).run()
    Samples.emit(samples)
case "matrix-keys":
    Samples.emit(MatrixKeysBench(count: argument(1, default: 2_000), runs: argument(2, default: 5)).run())
default:
    FileHandle.standardError.write(Data("usage: atlas-bench names|filter|requests|load|matrix|matrix-keys|apply …\n".utf8))
    exit(2)
}
