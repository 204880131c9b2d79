using System.Collections;
using System.Reflection;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Tests.Compliance;
using IetPortal.Domain.Workflow;

// Namespace without ".Proposals": that would hide IetPortal.Domain.Proposals from the tests that write "Proposals.IetProposal".
namespace IetPortal.Domain.Tests;

public class ProposalCopyTests
{
    /// <summary>Identity, bookkeeping, workflow and the source's last compliance check: what a copy must not take over.</summary>
    private static readonly string[] NotCopied =
    [
        nameof(IetProposal.ComplianceErrorCount), nameof(IetProposal.ComplianceWarningCount), nameof(IetProposal.ComplianceCheckedAtUtc),
        nameof(IetProposal.ComplianceChangedAtUtc), nameof(IetProposal.ComplianceChangeNote),
        nameof(IetProposal.Id), nameof(IetProposal.Title), nameof(IetProposal.ConcurrencyStamp),
        nameof(IetProposal.CreatedAtUtc), nameof(IetProposal.CreatedByUserId), nameof(IetProposal.UpdatedAtUtc), nameof(IetProposal.UpdatedByUserId),
        nameof(IetProposal.Status), nameof(IetProposal.NextVersionNumber), nameof(IetProposal.AmendsProposalId),
        nameof(IetProposal.AssignedReviewerId), nameof(IetProposal.SubmittedAtUtc), nameof(IetProposal.ApprovedAtUtc),
        nameof(LearningObjective.IetProposalId), nameof(ScheduleEntry.IetComponentId),
        nameof(WorkforcePreparationActivity.WorkforcePreparationComponentId), nameof(TrainingCourse.WorkforceTrainingComponentId),
    ];

    [Fact]
    public void Every_section_of_a_realistic_proposal_is_copied()
    {
        var source = Submitted(RealisticProposals.Cna());

        var copy = source.CopyAsDraft("Nursing Assistant with ELL (evening cohort)");

        Assert.Equal("Nursing Assistant with ELL (evening cohort)", copy.Title);
        Assert.Equal(source.Summary, copy.Summary);
        Assert.Equal(source.CareerPathwayId, copy.CareerPathwayId);
        Assert.Equal(source.Credentials.Select(c => c.CredentialId), copy.Credentials.Select(c => c.CredentialId));
        Assert.Equal(source.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId), copy.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId));
        Assert.Equal(source.IntegrationDescription, copy.IntegrationDescription);
        Assert.Equal(source.LearnerSupports, copy.LearnerSupports);
        Assert.Equal(source.LearningObjectives.Select(o => o.Statement), copy.LearningObjectives.Select(o => o.Statement));
        Assert.Equal(source.Partners.Select(p => p.Name), copy.Partners.Select(p => p.Name));
        Assert.Equal(source.AdultEducation!.Schedule.Count, copy.AdultEducation!.Schedule.Count);
        Assert.Equal(source.AdultEducation.Instructors.Single().Name, copy.AdultEducation.Instructors.Single().Name);
        Assert.Equal(source.WorkforcePreparation!.Activities.Select(a => a.Description), copy.WorkforcePreparation!.Activities.Select(a => a.Description));
        Assert.Equal(source.WorkforceTraining!.Courses.Select(c => c.Title), copy.WorkforceTraining!.Courses.Select(c => c.Title));
        Assert.Equal(source.WorkforceTraining.Materials.Select(m => m.Title), copy.WorkforceTraining.Materials.Select(m => m.Title));
        Assert.Equal(source.AdultEducation.ResearchBases.Select(r => r.Citation), copy.AdultEducation.ResearchBases.Select(r => r.Citation));
        AssertSameFields(source, copy);
    }

    [Fact]
    public void Every_field_of_every_section_is_copied_including_fields_added_later()
    {
        // Every scalar the model has, set to a value that is not its default: a new field the copy forgets fails here.
        var source = RealisticProposals.Cna();
        SetEveryField(source);

        var copy = source.CopyAsDraft("Copy");

        AssertSameFields(source, copy);
    }

    [Fact]
    public void Nothing_of_the_review_or_the_history_is_copied()
    {
        var source = Submitted(RealisticProposals.Cna());

        var copy = source.CopyAsDraft("Copy of CNA");

        Assert.Equal(ProposalStatus.Draft, copy.Status);
        Assert.True(copy.IsEditable);
        Assert.Equal(1, copy.NextVersionNumber);
        Assert.Null(copy.AssignedReviewerId);
        Assert.Null(copy.SubmittedAtUtc);
        Assert.Null(copy.ApprovedAtUtc);
        Assert.Null(copy.AmendsProposalId);
        Assert.Empty(copy.Attachments);
        Assert.Empty(copy.Versions);
        Assert.Null(copy.ComplianceCheckedAtUtc);
        Assert.Null(copy.ComplianceErrorCount);
        Assert.Null(copy.CreatedByUserId);
        Assert.Null(copy.UpdatedByUserId);
        Assert.NotEqual(source.ConcurrencyStamp, copy.ConcurrencyStamp);
    }

    [Fact]
    public void The_copy_belongs_to_the_college_of_its_source()
    {
        var copy = RealisticProposals.Cna().CopyAsDraft("Copy of CNA");

        Assert.Equal(RealisticProposals.MilwaukeeAreaTechnicalCollegeId, copy.CollegeId);
    }

    [Fact]
    public void Every_copied_record_is_new_so_the_database_gives_it_its_own_id()
    {
        var source = Submitted(RealisticProposals.Cna());

        var copy = source.CopyAsDraft("Copy of CNA");

        Assert.Equal(0, copy.Id);
        Assert.All(Records(copy), record => Assert.Equal(0, (int)record.GetType().GetProperty("Id")!.GetValue(record)!));
        Assert.All(copy.Components, c => Assert.Equal(0, c.IetProposalId));
        Assert.All(copy.Credentials, c => Assert.Equal(0, c.IetProposalId));
        Assert.DoesNotContain(Records(copy), record => Records(source).Contains(record));
    }

    [Fact]
    public void Positions_are_kept()
    {
        var source = RealisticProposals.Cna();
        source.Partners[0].Position = 2;
        source.Partners[1].Position = 1;
        var activities = source.WorkforcePreparation!.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Position = 10 - i;
        }

        var copy = source.CopyAsDraft("Copy of CNA");

        Assert.Equal(
            source.Partners.Select(p => (p.Position, p.Name)).OrderBy(p => p.Position),
            copy.Partners.Select(p => (p.Position, p.Name)).OrderBy(p => p.Position));
        Assert.Equal(
            source.WorkforcePreparation.Activities.Select(a => (a.Position, a.Description)).OrderBy(a => a.Position),
            copy.WorkforcePreparation!.Activities.Select(a => (a.Position, a.Description)).OrderBy(a => a.Position));
        Assert.Equal(source.LearningObjectives.Select(o => o.Position), copy.LearningObjectives.Select(o => o.Position));
    }

    [Fact]
    public void Changing_the_copy_does_not_change_the_source()
    {
        var source = RealisticProposals.Cna();
        var objectives = source.LearningObjectives.Count;
        var firstSchedule = source.AdultEducation!.Schedule[0].Location;

        var copy = source.CopyAsDraft("Copy of CNA");
        copy.LearningObjectives.RemoveAt(0);
        copy.Partners.Clear();
        copy.Credentials.Clear();
        copy.AdultEducation!.Schedule[0].Location = "Room B-101";
        copy.AdultEducation.Instructors.Add(new Instructor { Name = "New instructor" });
        copy.WorkforcePreparation!.Activities[0].Description = "Changed in the copy";
        copy.WorkforceTraining!.Courses.Clear();
        copy.Components.RemoveAt(0);

        Assert.Equal(objectives, source.LearningObjectives.Count);
        Assert.Equal(2, source.Partners.Count);
        Assert.Single(source.Credentials);
        Assert.Equal(firstSchedule, source.AdultEducation.Schedule[0].Location);
        Assert.Single(source.AdultEducation.Instructors);
        Assert.NotEqual("Changed in the copy", source.WorkforcePreparation!.Activities[0].Description);
        Assert.Equal(2, source.WorkforceTraining!.Courses.Count);
        Assert.Equal(3, source.Components.Count);
    }

    [Fact]
    public void A_source_missing_a_component_gives_a_copy_with_all_three()
    {
        var source = RealisticProposals.Cna();
        source.Components.Remove(source.WorkforceTraining!);

        var copy = source.CopyAsDraft("Copy of CNA");

        Assert.NotNull(copy.AdultEducation);
        Assert.NotNull(copy.WorkforcePreparation);
        Assert.NotNull(copy.WorkforceTraining);
        Assert.Equal(3, copy.Components.Count);
    }

    [Fact]
    public void The_copy_title_names_its_source()
    {
        Assert.Equal("Copy of Welding IET", ProposalCopy.TitleFor("Welding IET"));
    }

    [Fact]
    public void A_copy_title_is_cut_to_the_longest_title_the_database_stores()
    {
        var title = ProposalCopy.TitleFor(new string('W', FieldLengths.ShortText));

        Assert.Equal(FieldLengths.ShortText, title.Length);
        Assert.StartsWith("Copy of WWW", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_title_is_never_cut_inside_a_character()
    {
        // "Copy of " is 8 characters: the emoji's two halves would straddle the 200-character limit.
        var title = ProposalCopy.TitleFor(new string('a', FieldLengths.ShortText - 9) + "\U0001F469\U0001F469\U0001F469");

        Assert.Equal(FieldLengths.ShortText - 1, title.Length);
        Assert.False(char.IsHighSurrogate(title[^1]));
    }

    /// <summary>A proposal as it looks once stored, submitted and under review, with an attachment and a version.</summary>
    private static IetProposal Submitted(IetProposal proposal)
    {
        var id = 100;
        foreach (var record in Records(proposal))
        {
            record.GetType().GetProperty("Id")!.SetValue(record, ++id);
        }

        proposal.Id = 42;
        proposal.Status = ProposalStatus.InReview;
        proposal.NextVersionNumber = 3;
        proposal.AmendsProposalId = 7;
        proposal.AssignedReviewerId = "reviewer-1";
        proposal.SubmittedAtUtc = new DateTime(2026, 2, 1, 15, 0, 0, DateTimeKind.Utc);
        proposal.ApprovedAtUtc = new DateTime(2026, 3, 1, 15, 0, 0, DateTimeKind.Utc);
        proposal.CreatedByUserId = "staff-1";
        proposal.UpdatedByUserId = "staff-2";
        proposal.CreatedAtUtc = new DateTime(2025, 11, 3, 9, 0, 0, DateTimeKind.Utc);
        proposal.UpdatedAtUtc = new DateTime(2026, 1, 30, 9, 0, 0, DateTimeKind.Utc);
        proposal.ComplianceErrorCount = 0;
        proposal.ComplianceWarningCount = 2;
        proposal.ComplianceCheckedAtUtc = new DateTime(2026, 2, 1, 15, 0, 0, DateTimeKind.Utc);
        proposal.ComplianceChangeNote = "Thresholds changed";
        proposal.Attachments = [new ProposalAttachment { Id = 5, IetProposalId = 42, FileName = "syllabus.pdf", ContentType = "application/pdf" }];
        proposal.Versions = [new ProposalVersion { Id = 6, IetProposalId = 42, Number = 2, SubmittedByUserId = "staff-1", SnapshotJson = "{}", ComplianceReportJson = "{}", RuleSetVersion = "2026.1" }];
        return proposal;
    }

    /// <summary>Every record the copy creates below the proposal: components and each of their lists, objectives, partners.</summary>
    private static List<object> Records(IetProposal proposal) =>
    [
        .. proposal.Components,
        .. proposal.Components.SelectMany(c => c.Schedule),
        .. proposal.Components.SelectMany(c => c.Instructors),
        .. proposal.Components.SelectMany(c => c.Materials),
        .. proposal.Components.SelectMany(c => c.ResearchBases),
        .. proposal.Components.OfType<WorkforcePreparationComponent>().SelectMany(c => c.Activities),
        .. proposal.Components.OfType<WorkforceTrainingComponent>().SelectMany(c => c.Courses),
        .. proposal.LearningObjectives,
        .. proposal.Partners,
    ];

    private static IEnumerable<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && IsScalar(p.PropertyType) && !NotCopied.Contains(p.Name));

    private static IEnumerable<PropertyInfo> Lists(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && typeof(IList).IsAssignableFrom(p.PropertyType)
                && p.Name is not (nameof(IetProposal.Attachments) or nameof(IetProposal.Versions)));

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(TimeOnly) || t == typeof(DateTime) || t == typeof(Guid);
    }

    /// <summary>Compares every copied field of two records and, recursively, of their lists (components matched by kind).</summary>
    private static void AssertSameFields(object expected, object actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (var field in Fields(expected.GetType()))
        {
            Assert.True(
                Equals(field.GetValue(expected), field.GetValue(actual)),
                $"{expected.GetType().Name}.{field.Name}: expected {field.GetValue(expected)}, copied {field.GetValue(actual)}");
        }

        foreach (var list in Lists(expected.GetType()))
        {
            var expectedItems = ((IList)list.GetValue(expected)!).Cast<object>().OrderBy(Order).ToList();
            var actualItems = ((IList)list.GetValue(actual)!).Cast<object>().OrderBy(Order).ToList();
            Assert.True(expectedItems.Count == actualItems.Count, $"{expected.GetType().Name}.{list.Name} has {actualItems.Count} items in the copy, {expectedItems.Count} in the source");
            foreach (var (e, a) in expectedItems.Zip(actualItems))
            {
                AssertSameFields(e, a);
            }
        }
    }

    private static string Order(object item) => item switch
    {
        IetComponent component => component.Kind.ToString(),
        _ => item.GetType().GetProperty("Position")?.GetValue(item) is int position ? position.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : "",
    };

    /// <summary>Sets every copied field of a record and of every record below it to a non-default value.</summary>
    private static void SetEveryField(object record)
    {
        var seed = 0;
        foreach (var field in Fields(record.GetType()))
        {
            seed++;
            var type = Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType;
            object value = type switch
            {
                _ when type == typeof(string) => $"{field.Name} value",
                _ when type == typeof(int) => 40 + seed,
                _ when type == typeof(decimal) => 12.5m + seed,
                _ when type == typeof(bool) => true,
                _ when type == typeof(DateOnly) => new DateOnly(2027, 3, seed % 28 + 1),
                _ when type == typeof(TimeOnly) => new TimeOnly(seed % 24, 30),
                _ when type == typeof(DateTime) => new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(seed),
                _ when type == typeof(Guid) => Guid.NewGuid(),
                _ when type.IsEnum => Enum.GetValues(type).Cast<object>().Last(),
                _ => throw new InvalidOperationException($"No sample value for {type.Name} ({field.Name})"),
            };
            if (field.Name != "Position")
            {
                field.SetValue(record, value); // positions keep the order of the list
            }
        }

        foreach (var list in Lists(record.GetType()))
        {
            foreach (var item in (IList)list.GetValue(record)!)
            {
                SetEveryField(item);
            }
        }
    }
}
