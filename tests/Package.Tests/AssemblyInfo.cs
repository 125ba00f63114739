using Xunit;

// Packing and publishing both build src/Runtime: run them one after the other, never into the same obj/ at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
