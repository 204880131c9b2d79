using System.Globalization;
using IetPortal.Domain.Proposals;
using IetPortal.LoadDriver.Http;
using IetPortal.LoadDriver.Scenario;

namespace IetPortal.LoadDriver.Durability;

/// <summary>
/// The sections the durability run writes and compares, with every value carrying a marker unique to the save
/// ("R1 c3 s17": round, client, sequence), so a stored value names the one save that wrote it. Two of them hold rows
/// in other tables (objectives; the adult education component and its instructors), whose counts change from save to
/// save, so a half-written save would show as rows of two different saves.
/// </summary>
internal static class DurableSections
{
    /// <summary>Written by the proposal's own client.</summary>
    public static readonly string[] OwnerSections = [Editor.Overview, Editor.LearningObjectives];

    /// <summary>Written by a colleague of the same college at the same time, on the same proposal.</summary>
    public static readonly string[] PartnerSections = [Editor.AdultEducation, Editor.Integration, Editor.Equity];

    private static readonly string[] ObjectiveFields =
        ["Statement", "AdultEducationContent", "WorkforcePreparationActivity", "WorkforceTrainingCompetency", "Assessment"];

    /// <summary>Fills the section's form with this save's values and returns them as the check reads them back.</summary>
    public static Dictionary<string, string> Fill(FormValues form, string slug, string marker, int sequence)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string key, string value)
        {
            form.Set("Form." + key, value);
            values[key] = value;
        }

        switch (slug)
        {
            case Editor.Overview:
                Set("Title", "Durability " + marker);
                Set("Summary", "Summary " + marker);
                Set("Location", "Room " + marker);
                break;
            case Editor.LearningObjectives:
                form.RemovePrefix("Form.Objectives[");
                for (var i = 0; i < sequence % 4; i++)
                {
                    foreach (var field in ObjectiveFields)
                    {
                        Set(Key("Objectives", i, field), $"{field} {i + 1} {marker}");
                    }
                }

                break;
            case Editor.AdultEducation:
                Set("Contextualization", "Context " + marker);
                form.RemovePrefix("Form.Instructors[");
                for (var i = 0; i < 1 + (sequence % 3); i++)
                {
                    Set(Key("Instructors", i, "Name"), $"Instructor {i + 1} {marker}");
                    Set(Key("Instructors", i, "Role"), "Role " + marker);
                }

                break;
            case Editor.Integration:
                Set("IntegrationDescription", "Integration " + marker);
                Set("CoPlanningDescription", "Co-planning " + marker);
                break;
            case Editor.Equity:
                Set("RecruitmentStrategies", "Recruitment " + marker);
                Set("PopulationsServed", "Populations " + marker);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(slug), slug, "not a compared section");
        }

        return values;
    }

    /// <summary>The same fields, read from the stored proposal.</summary>
    public static Dictionary<string, string> Read(IetProposal proposal, string slug)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        switch (slug)
        {
            case Editor.Overview:
                Set("Title", proposal.Title);
                Set("Summary", proposal.Summary);
                Set("Location", proposal.Location);
                break;
            case Editor.LearningObjectives:
                var objectives = proposal.LearningObjectives.OrderBy(o => o.Position).ThenBy(o => o.Id).ToList();
                for (var i = 0; i < objectives.Count; i++)
                {
                    Set(Key("Objectives", i, "Statement"), objectives[i].Statement);
                    Set(Key("Objectives", i, "AdultEducationContent"), objectives[i].AdultEducationContent);
                    Set(Key("Objectives", i, "WorkforcePreparationActivity"), objectives[i].WorkforcePreparationActivity);
                    Set(Key("Objectives", i, "WorkforceTrainingCompetency"), objectives[i].WorkforceTrainingCompetency);
                    Set(Key("Objectives", i, "Assessment"), objectives[i].Assessment);
                }

                break;
            case Editor.AdultEducation:
                var component = proposal.AdultEducation;
                Set("Contextualization", component?.Contextualization);
                var instructors = component?.Instructors.OrderBy(x => x.Position).ThenBy(x => x.Id).ToList() ?? [];
                for (var i = 0; i < instructors.Count; i++)
                {
                    Set(Key("Instructors", i, "Name"), instructors[i].Name);
                    Set(Key("Instructors", i, "Role"), instructors[i].Role);
                }

                break;
            case Editor.Integration:
                Set("IntegrationDescription", proposal.IntegrationDescription);
                Set("CoPlanningDescription", proposal.CoPlanningDescription);
                break;
            case Editor.Equity:
                Set("RecruitmentStrategies", proposal.RecruitmentStrategies);
                Set("PopulationsServed", proposal.PopulationsServed);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(slug), slug, "not a compared section");
        }

        return values;
    }

    /// <summary>The section's values before any save: only the title the proposal was started with.</summary>
    public static Dictionary<string, string> Initial(string slug, string initialTitle) =>
        slug == Editor.Overview ? new(StringComparer.Ordinal) { ["Title"] = initialTitle } : new(StringComparer.Ordinal);

    /// <summary>The section name the editor writes into its "Section saved" audit events.</summary>
    public static string AuditSection(string slug) => slug switch
    {
        Editor.Overview => nameof(ProposalSection.Overview),
        Editor.Pathway => nameof(ProposalSection.CareerPathway),
        Editor.AdultEducation => nameof(ProposalSection.AdultEducation),
        Editor.WorkforcePreparation => nameof(ProposalSection.WorkforcePreparation),
        Editor.WorkforceTraining => nameof(ProposalSection.WorkforceTraining),
        Editor.Integration => nameof(ProposalSection.Integration),
        Editor.LearningObjectives => nameof(ProposalSection.LearningObjectives),
        Editor.Materials => nameof(ProposalSection.MaterialsAndResearch),
        Editor.Equity => nameof(ProposalSection.EquityAndSupports),
        Editor.Partners => nameof(ProposalSection.PartnersAndAttachments),
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, "unknown section"),
    };

    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var value) && string.Equals(value, kv.Value, StringComparison.Ordinal));

    public static string Describe(IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? "(empty)" : string.Join("; ", values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Take(4).Select(kv => $"{kv.Key}={kv.Value}"))
            + (values.Count > 4 ? string.Create(CultureInfo.InvariantCulture, $"; ... ({values.Count} fields)") : "");

    private static string Key(string list, int index, string field) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");
}
