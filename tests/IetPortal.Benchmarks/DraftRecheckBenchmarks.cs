using BenchmarkDotNet.Attributes;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Tests.Compliance;

namespace IetPortal.Benchmarks;

/// <summary>
/// Re-checking 10,000 drafts in one go, as after a rule-set or threshold change: varied copies of the CNA proposal,
/// some complete, some with gaps, staggered dates, other pathways' credentials or unknown areas.
/// </summary>
[MemoryDiagnoser]
public class DraftRecheckBenchmarks
{
    public const int DraftCount = 10_000;

    private readonly ComplianceThresholds _thresholds = ComplianceThresholds.Defaults;
    private IetProposal[] _drafts = [];
    private ComplianceReferenceData _referenceData = null!;

    [GlobalSetup]
    public void Setup()
    {
        _referenceData = RealisticProposals.CnaReferenceData();
        _drafts = new IetProposal[DraftCount];
        for (var i = 0; i < DraftCount; i++)
        {
            _drafts[i] = Vary(RealisticProposals.Cna(), i);
        }
    }

    /// <summary>Evaluates every draft; returns the total error count so the work cannot be optimized away.</summary>
    [Benchmark]
    public int Recheck_10000_drafts()
    {
        var errors = 0;
        foreach (var draft in _drafts)
        {
            errors += ComplianceEvaluator.Evaluate(draft, _referenceData, _thresholds).ErrorCount;
        }

        return errors;
    }

    private static IetProposal Vary(IetProposal proposal, int i)
    {
        proposal.Id = i + 1;
        proposal.WorkforceTraining!.StartDate = new DateOnly(2026, 1, 12).AddDays(i % 90);
        proposal.CohortCapacity = i % 25;
        switch (i % 8)
        {
            case 1:
                proposal.LearningObjectives.RemoveRange(3, 3);
                proposal.LearningObjectives[1].WorkforceTrainingCompetency = null;
                break;
            case 2:
                proposal.AdultEducation!.ContentStandards = null;
                proposal.AdultEducation.ResearchBases.Clear();
                break;
            case 3:
                proposal.WorkforceTraining.Courses = [new TrainingCourse { Title = "OSHA 10 General Industry" }];
                break;
            case 4:
                proposal.OccupationSocCode = "31-1131.00";
                proposal.CipCode = "51.39";
                break;
            case 5:
                proposal.Credentials = [new ProposalCredential { CredentialId = RealisticProposals.WeldingCredentialId }];
                proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.WowWdaId }];
                break;
            case 6:
                proposal.MinimumAge = null;
                proposal.WorkforcePreparation!.Activities.RemoveRange(1, 4);
                break;
            case 7:
                proposal.Title = $"{proposal.Title} ({i})";
                proposal.Summary = null;
                break;
            default:
                break;
        }

        return proposal;
    }
}
