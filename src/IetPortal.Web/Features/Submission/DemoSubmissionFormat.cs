using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Seeding;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Proposals;
using Microsoft.Extensions.Logging.Abstractions;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// Lets the demo data generator (Infrastructure) store versions exactly as <see cref="SubmissionController"/> does: the
/// compliance report from the same evaluator fed with the same <see cref="ReferenceFacts"/> and thresholds as
/// <see cref="ComplianceService"/>, and the <see cref="ProposalSnapshot"/> document with the same <see cref="ReferenceNames"/>.
/// </summary>
public sealed class DemoSubmissionFormat : IDemoSubmissionFormat
{
    public async Task<IDemoSubmissionRecorder> OpenAsync(IetPortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var facts = await ReferenceFacts.AllAsync(db, cancellationToken);
        var thresholds = await new ComplianceService(db, TimeProvider.System, NullLogger<ComplianceService>.Instance).LoadThresholdsAsync(cancellationToken);
        return new Recorder(db, facts, thresholds);
    }

    private sealed class Recorder(IetPortalDbContext db, ReferenceFacts facts, ComplianceThresholds thresholds) : IDemoSubmissionRecorder
    {
        /// <summary>Names per combination of college, pathway, step, credentials and areas: a few hundred lookups for any number of versions.</summary>
        private readonly Dictionary<string, ReferenceNames> _names = new(StringComparer.Ordinal);

        public ComplianceReport Evaluate(IetProposal proposal) => ComplianceEvaluator.Evaluate(proposal, facts.For(proposal), thresholds);

        public async ValueTask<string> SnapshotAsync(IetProposal proposal, CancellationToken cancellationToken)
        {
            var key = string.Join(
                '|',
                proposal.CollegeId,
                proposal.CareerPathwayId,
                proposal.EntryStepId,
                string.Join(',', proposal.Credentials.Select(c => c.CredentialId).Order()),
                string.Join(',', proposal.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).Order()));
            if (!_names.TryGetValue(key, out var names))
            {
                names = await ReferenceNames.LoadAsync(db, proposal, cancellationToken);
                _names[key] = names;
            }

            // Generated proposals have no attachments.
            return ProposalSnapshot.Of(proposal, names, []).ToJson();
        }
    }
}
