using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/IetPortal.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(IetPortal.Benchmarks.ComplianceEvaluationBenchmarks).Assembly).Run(args);
