using BenchmarkDotNet.Attributes;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Tests.Compliance;

namespace IetPortal.Benchmarks;

/// <summary>
/// PRODUCT.md asks for compliance evaluation "in microseconds": the editor re-checks a proposal on every save and
/// the reviewer's view re-checks on every open.
/// </summary>
[MemoryDiagnoser]
public class ComplianceEvaluationBenchmarks
{
    private readonly ComplianceThresholds _thresholds = ComplianceThresholds.Defaults;
    private IetProposal _proposal = null!;
    private ComplianceReferenceData _referenceData = null!;

    [GlobalSetup]
    public void Setup()
    {
        _proposal = RealisticProposals.Cna();
        _referenceData = RealisticProposals.CnaReferenceData();
    }

    /// <summary>All rules against the complete CNA proposal (every rule met, so every evidence string is built).</summary>
    [Benchmark]
    public ComplianceReport Evaluate_realistic_proposal() =>
        ComplianceEvaluator.Evaluate(_proposal, _referenceData, _thresholds);

    /// <summary>The submit path: evaluate, then serialize the report for the stored version.</summary>
    [Benchmark]
    public string Evaluate_and_serialize_report() =>
        ComplianceEvaluator.Evaluate(_proposal, _referenceData, _thresholds).ToJson();
}
