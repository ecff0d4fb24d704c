// Benchmarks of the product's own code paths; see scripts/bench.
print("atlas-bench: nothing to measure yet")
