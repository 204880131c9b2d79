using System.Globalization;
using IetPortal.Domain.Auditing;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>Where a generated proposal ends up.</summary>
internal enum DemoFate
{
    Draft,
    Submitted,
    InReview,
    Returned,
    Approved,
    Withdrawn,
}

/// <summary>
/// Lives a generated proposal's history through the real workflow (<see cref="ProposalWorkflow"/>): section saves, submit
/// with the compliance report and snapshot, claim, checklist and comments, return and resubmission, approval, withdrawal,
/// amendment. Each step writes the rows and the audit event the web app writes for it, dated along a plausible timeline
/// that ends before "now".
/// </summary>
internal sealed class DemoHistory(IDemoSubmissionRecorder recorder, DemoReferenceData reference, DemoPeople people, DemoKeys keys, DateTime asOf)
{
    private readonly IDemoSubmissionRecorder _recorder = recorder;
    private readonly DemoReferenceData _reference = reference;
    private readonly DemoPeople _people = people;
    private readonly DemoKeys _keys = keys;
    private readonly DateTime _asOf = asOf;

    private static readonly (DemoFate Fate, int Weight)[] Fates =
        [(DemoFate.Draft, 16), (DemoFate.Submitted, 6), (DemoFate.InReview, 7), (DemoFate.Returned, 8), (DemoFate.Approved, 45), (DemoFate.Withdrawn, 6)];

    private static readonly (DemoFate Fate, int Weight)[] AmendmentFates =
        [(DemoFate.Draft, 25), (DemoFate.Submitted, 10), (DemoFate.InReview, 10), (DemoFate.Returned, 10), (DemoFate.Approved, 35), (DemoFate.Withdrawn, 10)];

    private static readonly ProposalSection[] ContentSections =
    [
        ProposalSection.Overview, ProposalSection.CareerPathway, ProposalSection.AdultEducation, ProposalSection.WorkforcePreparation,
        ProposalSection.WorkforceTraining, ProposalSection.Integration, ProposalSection.LearningObjectives, ProposalSection.MaterialsAndResearch,
        ProposalSection.EquityAndSupports, ProposalSection.PartnersAndAttachments,
    ];

    private static readonly string[] RequiredChanges =
    [
        "Show how the adult education hours overlap with the training course each week.",
        "Name the state content standards each reading and math lesson is aligned to.",
        "Add an occupationally relevant material for the workforce preparation component.",
        "Link each learning objective to an assessment the instructors share.",
        "Describe the employer commitment to interview completers in more detail.",
    ];

    /// <summary>
    /// Adds one proposal (or, for an amendment, the approved program and its amendment) to the batch; returns how many
    /// proposals it added. <paramref name="room"/> is how many more proposals the run may write.
    /// </summary>
    public async Task<int> AddAsync(DemoBatch batch, Random rng, int room, CancellationToken ct)
    {
        var college = _reference.PickCollege(rng);
        var pathway = _reference.Pathways[rng.Next(_reference.Pathways.Count)];
        var staff = _people.Staff[college.Id];
        var author = staff[rng.Next(staff.Count)];
        if (room >= 2 && rng.Next(100) < 12)
        {
            var original = await LiveAsync(batch, rng, college, pathway, author, DemoFate.Approved, _asOf.AddDays(-Between(rng, 900, 1825)), null, ct);
            await LiveAsync(batch, rng, college, pathway, staff[rng.Next(staff.Count)], Pick(rng, AmendmentFates), original.LastEventUtc.AddDays(Between(rng, 60, 400)), original.Proposal, ct);
            return 2;
        }

        var fate = Pick(rng, Fates);
        var daysAgo = fate switch
        {
            DemoFate.Draft => Between(rng, 1, 700),
            DemoFate.Submitted => Between(rng, 20, 120),
            DemoFate.InReview => Between(rng, 30, 160),
            DemoFate.Returned => Between(rng, 40, 240),
            _ => Between(rng, 120, 1825),
        };
        await LiveAsync(batch, rng, college, pathway, author, fate, _asOf.AddDays(-daysAgo), null, ct);
        return 1;
    }

    private async Task<(IetProposal Proposal, DateTime LastEventUtc)> LiveAsync(
        DemoBatch batch, Random rng, DemoCollege college, DemoPathway pathway, DemoPerson author, DemoFate fate, DateTime start, IetProposal? amends, CancellationToken ct)
    {
        var life = new Life(this, batch, rng, author, start);
        var staffActor = WorkflowActor.CollegeStaff(author.Id, college.Id);
        IetProposal proposal;
        if (amends is null)
        {
            var complete = fate != DemoFate.Draft || rng.Next(100) < 40;
            var programStart = DateOnly.FromDateTime(life.Now).AddDays(Between(rng, 100, 260));
            proposal = DemoProposalContent.Write(rng, college, pathway, programStart, complete ? 10 : 1 + rng.Next(9));
            _keys.Assign(proposal, rng);
            life.Stamp(proposal, created: true);
            life.Audit(proposal, nameof(IetProposal), null, "Created", ProposalSection.Overview, null);
        }
        else
        {
            var started = ProposalWorkflow.StartAmendment(amends, staffActor, hasAmendmentInProgress: false);
            proposal = started.Amendment ?? throw Refused(started.Result);
            _keys.Assign(proposal, rng);
            ShiftProgramDates(proposal, DateOnly.FromDateTime(life.Now).AddDays(Between(rng, 100, 200)));
            life.Stamp(proposal, created: true);
            life.Stamp(amends, created: false);
            var details = $"Amendment of the approved program \"{amends.Title}\"";
            life.Audit(proposal, nameof(IetProposal), null, "Amendment started", ProposalSection.Overview, details);
            life.Audit(amends, nameof(IetProposal), amends.Id, "Amendment started", ProposalSection.Overview, details);
        }

        batch.Proposals.Add(proposal);
        life.EditSections(proposal, 3 + rng.Next(9));
        if (fate == DemoFate.Draft || (fate == DemoFate.Withdrawn && rng.Next(100) < 40))
        {
            if (fate == DemoFate.Withdrawn)
            {
                life.Withdraw(proposal, staffActor);
            }

            return (proposal, life.Now);
        }

        var returns = fate switch
        {
            DemoFate.Approved => rng.Next(100) switch { < 55 => 0, < 90 => 1, _ => 2 },
            DemoFate.Returned => rng.Next(100) < 75 ? 1 : 2,
            DemoFate.Withdrawn => rng.Next(2),
            _ => rng.Next(100) < 75 ? 0 : 1,
        };
        var reviewer = PickReviewer(rng, college.Id);
        for (var round = 0; ; round++)
        {
            await life.SubmitAsync(proposal, staffActor, round > 0, ct);
            var last = round == returns;
            if (last && (fate == DemoFate.Submitted || fate == DemoFate.Withdrawn))
            {
                if (fate == DemoFate.Withdrawn)
                {
                    life.Withdraw(proposal, staffActor);
                }

                return (proposal, life.Now);
            }

            var review = life.Claim(proposal, reviewer);
            if (last && fate == DemoFate.InReview)
            {
                life.Review(proposal, review, reviewer, rng.Next(6), needsRevision: 0);
                return (proposal, life.Now);
            }

            if (!last || fate == DemoFate.Returned)
            {
                life.Return(proposal, review, reviewer);
                if (last)
                {
                    return (proposal, life.Now);
                }

                life.Revise(proposal);
                continue;
            }

            life.Approve(proposal, review, reviewer, amends);
            return (proposal, life.Now);
        }
    }

    private DemoPerson PickReviewer(Random rng, int collegeId)
    {
        while (true)
        {
            var reviewer = _people.ReviewerList[rng.Next(_people.ReviewerList.Count)];
            if (!_people.Conflicts.TryGetValue(reviewer.Id, out var colleges) || !colleges.Contains(collegeId))
            {
                return reviewer;
            }
        }
    }

    private static DemoFate Pick(Random rng, (DemoFate Fate, int Weight)[] weights)
    {
        var roll = rng.Next(weights.Sum(w => w.Weight));
        foreach (var (fate, weight) in weights)
        {
            roll -= weight;
            if (roll < 0)
            {
                return fate;
            }
        }

        return weights[^1].Fate;
    }

    /// <summary>An amendment is for the program's next cohorts: its dates move to start on <paramref name="start"/>.</summary>
    private static void ShiftProgramDates(IetProposal proposal, DateOnly start)
    {
        if (proposal.StartDate is not { } old)
        {
            return;
        }

        var days = start.DayNumber - old.DayNumber;
        proposal.StartDate = old.AddDays(days);
        proposal.EndDate = proposal.EndDate?.AddDays(days);
        foreach (var component in proposal.Components)
        {
            component.StartDate = component.StartDate?.AddDays(days);
            component.EndDate = component.EndDate?.AddDays(days);
        }
    }

    private static int Between(Random rng, int min, int max) => rng.Next(min, max + 1);

    private static InvalidOperationException Refused(TransitionResult result) =>
        new($"The generated history broke a workflow rule ({result.Action}): {result.Reason}");

    /// <summary>One proposal's life: its clock, its author and the batch its rows go to.</summary>
    private sealed class Life(DemoHistory owner, DemoBatch batch, Random rng, DemoPerson author, DateTime start)
    {
        private readonly List<ReviewComment> _roundComments = [];

        /// <summary>The report of the last save: a submission right after it is checked against the same content.</summary>
        private ComplianceReport? _report;

        public DateTime Now { get; private set; } = start < owner._asOf ? start : owner._asOf.AddDays(-1);

        /// <summary>Moves the clock on by a random span; near "now" it only halves the time left, so nothing lies in the future.</summary>
        public DateTime Advance(double minDays, double maxDays)
        {
            var next = Now.AddMinutes(rng.Next((int)(minDays * 1440), (int)(maxDays * 1440) + 1));
            Now = next < owner._asOf ? next : Now.AddTicks((owner._asOf - Now).Ticks / 2);
            return Now;
        }

        public void Stamp(IetProposal proposal, bool created)
        {
            if (created)
            {
                proposal.CreatedAtUtc = Now;
                proposal.CreatedByUserId = author.Id;
            }

            proposal.UpdatedAtUtc = Now;
            proposal.UpdatedByUserId = author.Id;
        }

        public void Audit(IetProposal proposal, string entityType, long? entityId, string action, ProposalSection? section, string? details, string? userId = null) =>
            batch.AuditEvents.Add(new AuditEvent
            {
                Id = owner._keys.NextAudit(),
                OccurredAtUtc = Now,
                UserId = userId ?? author.Id,
                IetProposalId = proposal.Id,
                EntityType = entityType,
                EntityId = entityId?.ToString(CultureInfo.InvariantCulture),
                Action = action,
                Section = section?.ToString(),
                Details = details,
            });

        /// <summary>Section saves, each audited as the editor audits it, then the stored compliance state of the last save.</summary>
        public void EditSections(IetProposal proposal, int saves)
        {
            for (var i = 0; i < saves; i++)
            {
                Advance(0.05, 6);
                var section = ContentSections[Math.Min(i, ContentSections.Length - 1 - rng.Next(3))];
                Stamp(proposal, created: false);
                Audit(proposal, nameof(IetProposal), proposal.Id, "Section saved", section, $"Changed: {section} fields");
            }

            _report = owner._recorder.Evaluate(proposal);
            ComplianceState.After(ComplianceState.Of(proposal), _report, Now, "Section saved").ApplyTo(proposal);
        }

        public async Task SubmitAsync(IetProposal proposal, WorkflowActor actor, bool resubmit, CancellationToken ct)
        {
            Advance(0.5, 10);
            var report = _report ?? owner._recorder.Evaluate(proposal);
            var notes = report.Findings.Where(f => f.IsWarning)
                .ToDictionary(f => f.RuleId, f => $"Acknowledged: {f.Title}. The college reviewed this with its workforce board.", StringComparer.Ordinal);
            var number = proposal.NextVersionNumber;
            var submission = new Submission(report, notes, await owner._recorder.SnapshotAsync(proposal, ct));
            var result = resubmit
                ? ProposalWorkflow.Resubmit(proposal, actor, submission, Now)
                : ProposalWorkflow.Submit(proposal, actor, submission, Now);
            if (!result.IsAllowed)
            {
                throw Refused(result);
            }

            proposal.Versions[^1].Id = owner._keys.NextVersion();
            Stamp(proposal, created: false);
            var warnings = report.WarningCount == 0
                ? "no warnings"
                : string.Create(CultureInfo.InvariantCulture, $"{report.WarningCount} {(report.WarningCount == 1 ? "warning" : "warnings")} acknowledged with a note");
            var again = resubmit ? string.Create(CultureInfo.InvariantCulture, $"Resubmitted after the return of version {number - 1}. ") : "";
            Audit(proposal, nameof(IetProposal), proposal.Id, string.Create(CultureInfo.InvariantCulture, $"Submitted version {number}"), ProposalSection.CheckAndSubmit,
                $"{again}Compliance check: no errors, {warnings} (rule set {report.RuleSetVersion}).");
        }

        public Review Claim(IetProposal proposal, DemoPerson reviewer)
        {
            Advance(0.2, 9);
            var actor = ReviewerActor(reviewer);
            var result = ProposalWorkflow.Claim(proposal, actor);
            if (!result.IsAllowed)
            {
                throw Refused(result);
            }

            proposal.UpdatedAtUtc = Now;
            proposal.UpdatedByUserId = reviewer.Id;
            Audit(proposal, nameof(IetProposal), proposal.Id, "Claimed for review", null, $"Assigned to {reviewer.Name}", reviewer.Id);
            var review = new Review
            {
                Id = owner._keys.NextReview(),
                IetProposalId = proposal.Id,
                ProposalVersionId = proposal.Versions[^1].Id,
                ReviewerId = reviewer.Id,
                AssignedAtUtc = Now,
                ConcurrencyStamp = DemoKeys.NewGuid(rng),
            };
            return review;
        }

        /// <summary>The checklist (the first <paramref name="rated"/> criteria) and, sometimes, an internal note.</summary>
        public void Review(IetProposal proposal, Review review, DemoPerson reviewer, int rated, int needsRevision)
        {
            if (rated == 0)
            {
                return;
            }

            Advance(0.5, 12);
            var criteria = Enum.GetValues<ReviewCriterion>();
            var weak = new HashSet<ReviewCriterion>(criteria.OrderBy(_ => rng.Next()).Take(needsRevision));
            foreach (var criterion in criteria.Take(rated))
            {
                review.Ratings.Add(new CriterionRating
                {
                    Id = owner._keys.NextRating(),
                    ReviewId = review.Id,
                    Criterion = criterion,
                    Rating = weak.Contains(criterion) ? CriterionRatingValue.NeedsRevision : CriterionRatingValue.Meets,
                    Comment = weak.Contains(criterion) ? "Evidence incomplete; see the required changes." : null,
                });
            }

            review.CreatedAtUtc = review.UpdatedAtUtc = Now;
            review.CreatedByUserId = review.UpdatedByUserId = reviewer.Id;
            batch.Reviews.Add(review);
            Audit(proposal, nameof(Domain.Reviews.Review), null, "Checklist saved", null, null, reviewer.Id);
            if (rng.Next(100) < 40)
            {
                AddComment(proposal, reviewer, CommentVisibility.Internal, required: false, "Compared with the college's earlier approved programs on this pathway; hours are typical.");
            }
        }

        public void Return(IetProposal proposal, Review review, DemoPerson reviewer)
        {
            var weak = 1 + rng.Next(3);
            Review(proposal, review, reviewer, Enum.GetValues<ReviewCriterion>().Length, weak);
            for (var i = 0; i < weak; i++)
            {
                AddComment(proposal, reviewer, CommentVisibility.ForCollege, required: true, RequiredChanges[(i + rng.Next(RequiredChanges.Length)) % RequiredChanges.Length]);
            }

            if (rng.Next(2) == 0)
            {
                AddComment(proposal, reviewer, CommentVisibility.ForCollege, required: false, "Consider adding a second employer partner for the work-based learning rotation.");
            }

            Advance(0.5, 20);
            var result = ProposalWorkflow.Return(proposal, ReviewerActor(reviewer), _roundComments, Now);
            if (!result.IsAllowed)
            {
                throw Refused(result);
            }

            var version = proposal.Versions[^1];
            batch.Decisions.Add(new ReviewDecision
            {
                Id = owner._keys.NextDecision(),
                IetProposalId = proposal.Id,
                ProposalVersionId = version.Id,
                Kind = DecisionKind.Returned,
                DecidedAtUtc = Now,
                DecidedByUserId = reviewer.Id,
                Summary = "Returned for the required changes listed; the design is sound otherwise.",
            });
            _roundComments.Clear();
            proposal.UpdatedAtUtc = Now;
            proposal.UpdatedByUserId = reviewer.Id;
            Audit(proposal, nameof(IetProposal), proposal.Id, "Returned with required changes", null,
                string.Create(CultureInfo.InvariantCulture, $"Version {version.Number} returned with {weak} required {(weak == 1 ? "change" : "changes")}"), reviewer.Id);
        }

        /// <summary>The college answers each required change and edits the sections before resubmitting.</summary>
        public void Revise(IetProposal proposal)
        {
            foreach (var comment in batch.Comments.Where(c => c.IetProposalId == proposal.Id && c.IsRequiredChange && c.AddressedAtUtc is null))
            {
                Advance(0.2, 8);
                comment.AddressedAtUtc = Now;
                comment.AddressedByUserId = author.Id;
                comment.CollegeReply = "Done: the section now says this explicitly.";
                comment.UpdatedAtUtc = Now;
                comment.UpdatedByUserId = author.Id;
                comment.ConcurrencyStamp = DemoKeys.NewGuid(rng);
                Audit(proposal, nameof(ReviewComment), comment.Id, "Required change marked addressed", comment.Section, "Reply: " + comment.CollegeReply);
            }

            var integration = proposal.IntegrationDescription ?? "";
            proposal.IntegrationDescription = integration.Length > 3_500 ? integration : integration + " Revised after review: the weekly overlap is listed in the schedule.";
            EditSections(proposal, 1 + rng.Next(4));
        }

        public void Approve(IetProposal proposal, Review review, DemoPerson reviewer, IetProposal? amends)
        {
            Review(proposal, review, reviewer, Enum.GetValues<ReviewCriterion>().Length, needsRevision: 0);
            Advance(0.5, 20);
            var today = DateOnly.FromDateTime(Now);
            var year = today.Year.ToString(CultureInfo.InvariantCulture);
            var details = new ApprovalDetails(
                string.Create(CultureInfo.InvariantCulture, $"IET-{year}-{proposal.Id:D6}"), today, today.AddDays(14), today.AddDays(14).AddYears(3));
            var result = ProposalWorkflow.Approve(proposal, ReviewerActor(reviewer), details, review.Ratings, _roundComments, Now, amends);
            if (!result.IsAllowed)
            {
                throw Refused(result);
            }

            var version = proposal.Versions[^1];
            batch.Decisions.Add(new ReviewDecision
            {
                Id = owner._keys.NextDecision(),
                IetProposalId = proposal.Id,
                ProposalVersionId = version.Id,
                Kind = DecisionKind.Approved,
                DecidedAtUtc = Now,
                DecidedByUserId = reviewer.Id,
                ApprovalNumber = details.ApprovalNumber,
                EffectiveFrom = details.EffectiveFrom,
                EffectiveTo = details.EffectiveTo,
            });
            _roundComments.Clear();
            proposal.UpdatedAtUtc = Now;
            proposal.UpdatedByUserId = reviewer.Id;
            Audit(proposal, nameof(IetProposal), proposal.Id, "Approved", null,
                string.Create(CultureInfo.InvariantCulture, $"Version {version.Number} approved as {details.ApprovalNumber}, effective {details.EffectiveFrom:MMM d, yyyy} to {details.EffectiveTo:MMM d, yyyy}"),
                reviewer.Id);
            if (amends is not null)
            {
                amends.UpdatedAtUtc = Now;
                amends.UpdatedByUserId = reviewer.Id;
                Audit(amends, nameof(IetProposal), amends.Id, "Approved", null, $"Superseded by the approved amendment {details.ApprovalNumber}", reviewer.Id);
            }
        }

        public void Withdraw(IetProposal proposal, WorkflowActor actor)
        {
            Advance(1, 30);
            var result = ProposalWorkflow.Withdraw(proposal, actor);
            if (!result.IsAllowed)
            {
                throw Refused(result);
            }

            Stamp(proposal, created: false);
            Audit(proposal, nameof(IetProposal), proposal.Id, "Withdrawn", ProposalSection.CheckAndSubmit, "The college no longer plans to run this program.");
        }

        private void AddComment(IetProposal proposal, DemoPerson reviewer, CommentVisibility visibility, bool required, string body)
        {
            var comment = new ReviewComment
            {
                Id = owner._keys.NextComment(),
                IetProposalId = proposal.Id,
                ProposalVersionId = proposal.Versions[^1].Id,
                AuthorId = reviewer.Id,
                Section = ContentSections[rng.Next(ContentSections.Length)],
                Body = body,
                Visibility = visibility,
                IsRequiredChange = required,
                CreatedAtUtc = Now,
                CreatedByUserId = reviewer.Id,
                UpdatedAtUtc = Now,
                UpdatedByUserId = reviewer.Id,
                ConcurrencyStamp = DemoKeys.NewGuid(rng),
            };
            _roundComments.Add(comment);
            batch.Comments.Add(comment);
            Audit(proposal, nameof(ReviewComment), null, "Review comment added", comment.Section, null, reviewer.Id);
        }

        private WorkflowActor ReviewerActor(DemoPerson reviewer) =>
            WorkflowActor.StateReviewer(reviewer.Id, owner._people.Conflicts.TryGetValue(reviewer.Id, out var colleges) ? colleges : []);
    }
}
