using System.Globalization;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Shared;

namespace IetPortal.Web.Features.Compliance;

/// <summary>Where a finding is fixed: the editor page and the element on it (a field, or the group that holds the rows).</summary>
public sealed record FixLink(string Slug, string Anchor)
{
    public string Href(int proposalId) => string.Create(CultureInfo.InvariantCulture, $"/proposals/{proposalId}/edit/{Slug}#{Anchor}");
}

/// <summary>
/// Turns a finding's stable field name (<c>AdultEducation.ContentStandards</c>, <c>LearningObjectives[2].Statement</c>,
/// <c>WorkforceTraining.StartDate</c>, <c>Timeline</c>) into the editor page and element id where the user fixes it.
/// Ids follow the editor's forms: <c>Form_&lt;Path&gt;</c> (see <see cref="FieldIds"/>); a checkbox group is reached
/// through its first box, rows through the group that lists them (so "add a row" is right there), and a field with
/// no input of its own through the part of the page that shows it.
/// </summary>
public static class FixLinks
{
    private static readonly Dictionary<string, string> ComponentSlugs = new(StringComparer.Ordinal)
    {
        ["AdultEducation"] = EditorSections.AdultEducation,
        ["WorkforcePreparation"] = EditorSections.WorkforcePreparation,
        ["WorkforceTraining"] = EditorSections.WorkforceTraining,
    };

    /// <summary>Top-level fields: the editor page that holds them and the element id.</summary>
    private static readonly Dictionary<string, FixLink> ProposalFields = new(StringComparer.Ordinal)
    {
        ["StartDate"] = Field(EditorSections.Overview, "StartDate"),
        ["EndDate"] = Field(EditorSections.Overview, "EndDate"),
        ["CohortCapacity"] = Field(EditorSections.Overview, "CohortCapacity"),
        ["MinimumAge"] = Field(EditorSections.Overview, "MinimumAge"),
        ["ServesAdultBasicEducation"] = FirstChoice(EditorSections.Overview, "ServesAdultBasicEducation"),
        // The editor keeps exactly one component of each kind, so a duplicate cannot be fixed field by field.
        ["Components"] = new(EditorSections.Overview, "main-content"),

        ["CareerPathwayId"] = Field(EditorSections.Pathway, "CareerPathwayId"),
        ["EntryStepId"] = Field(EditorSections.Pathway, "EntryStepId"),
        ["Credentials"] = FirstChoice(EditorSections.Pathway, "CredentialIds"),
        ["OccupationSocCode"] = Field(EditorSections.Pathway, "OccupationSocCode"),
        ["CipCode"] = Field(EditorSections.Pathway, "CipCode"),
        ["WtcsProgramNumber"] = Field(EditorSections.Pathway, "WtcsProgramNumber"),
        ["WorkforceAreas"] = FirstChoice(EditorSections.Pathway, "WorkforceAreaIds"),
        ["WorkforcePlanAlignment"] = Field(EditorSections.Pathway, "WorkforcePlanAlignment"),

        ["Timeline"] = new(EditorSections.Integration, "timeline-heading"),
        ["InstructionalModel"] = Field(EditorSections.Integration, "InstructionalModel"),
        ["TeamTeachingOverlapHours"] = Field(EditorSections.Integration, "TeamTeachingOverlapHours"),
        ["IntegrationDescription"] = Field(EditorSections.Integration, "IntegrationDescription"),

        ["LearningObjectives"] = new(EditorSections.LearningObjectives, "objectives"),

        ["RecruitmentStrategies"] = Field(EditorSections.Equity, "RecruitmentStrategies"),
        ["LearnerSupports"] = FirstChoice(EditorSections.Equity, "LearnerSupports"),
    };

    /// <summary>The first field of each component page, for "the component is missing".</summary>
    private static readonly Dictionary<string, string> ComponentFirstAnchor = new(StringComparer.Ordinal)
    {
        ["AdultEducation"] = FieldIds.For("Form.ActivityType"),
        ["WorkforcePreparation"] = "activities",
        ["WorkforceTraining"] = FieldIds.For("Form.TrainingType"),
    };

    public static FixLink For(RuleFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Map(finding.Field) ?? new FixLink(SlugOf(finding.Section), "main-content");
    }

    public static string Href(int proposalId, RuleFinding finding) => For(finding).Href(proposalId);

    /// <summary>The editor page of a proposal section (the check page for <see cref="ProposalSection.CheckAndSubmit"/>).</summary>
    public static string SlugOf(ProposalSection section) =>
        EditorSections.All.FirstOrDefault(s => s.Section == section)?.Slug ?? EditorSections.Overview;

    /// <summary>The link for a field name, or null for a name the editor does not know.</summary>
    public static FixLink? Map(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (ProposalFields.TryGetValue(field, out var link))
        {
            return link;
        }

        // LearningObjectives[2].WorkforceTrainingCompetency: the editor's rows are Form.Objectives[i].
        const string objectives = "LearningObjectives[";
        if (field.StartsWith(objectives, StringComparison.Ordinal))
        {
            return Field(EditorSections.LearningObjectives, "Objectives[" + field[objectives.Length..]);
        }

        var dot = field.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? field : field[..dot];
        if (!ComponentSlugs.TryGetValue(head, out var slug))
        {
            return null;
        }

        if (dot < 0)
        {
            return new FixLink(slug, ComponentFirstAnchor[head]);
        }

        var rest = field[(dot + 1)..];
        return rest switch
        {
            "ContactHours" or "StartDate" or "EndDate" or "QualityDescription" => Field(slug, rest),
            "Instructors" => new FixLink(slug, "instructors"),

            // Materials and research of all three components are edited together on the materials page.
            "Materials" => new FixLink(EditorSections.Materials, head + "-materials"),
            "ResearchBases" => new FixLink(EditorSections.Materials, head + "-research"),

            "ActivityType" or "Contextualization" or "ContentStandards" when head == "AdultEducation" => Field(slug, rest),
            "Skills" when head == "AdultEducation" => FirstChoice(slug, rest),
            "Activities" when head == "WorkforcePreparation" => new FixLink(slug, "activities"),
            _ when head == "WorkforcePreparation" && rest.StartsWith("Activities[", StringComparison.Ordinal) => Field(slug, rest),
            "TrainingType" when head == "WorkforceTraining" => Field(slug, rest),
            "Courses" when head == "WorkforceTraining" => new FixLink(slug, "courses"),
            _ => null,
        };
    }

    private static FixLink Field(string slug, string path) => new(slug, FieldIds.For("Form." + path));

    /// <summary>A checkbox group has no element of its own until it shows an error: its first box is the target.</summary>
    private static FixLink FirstChoice(string slug, string path) => new(slug, FieldIds.For("Form." + path) + "-0");
}
