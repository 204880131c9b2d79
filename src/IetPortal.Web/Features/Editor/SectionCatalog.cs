using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Editor;

/// <summary>For each editor section, how to build its form from a proposal (used for navigation state and history).</summary>
public static class SectionCatalog
{
    private static readonly Dictionary<string, Func<IetProposal, SectionForm>> Loaders = new()
    {
        [EditorSections.Overview] = SectionMapping.ToOverview,
        [EditorSections.Pathway] = SectionMapping.ToPathway,
        [EditorSections.AdultEducation] = SectionMapping.ToAdultEducation,
        [EditorSections.WorkforcePreparation] = SectionMapping.ToWorkforcePreparation,
        [EditorSections.WorkforceTraining] = SectionMapping.ToWorkforceTraining,
        [EditorSections.Integration] = SectionMapping.ToIntegration,
        [EditorSections.LearningObjectives] = SectionMapping.ToLearningObjectives,
        [EditorSections.Materials] = SectionMapping.ToMaterials,
        [EditorSections.Equity] = SectionMapping.ToEquity,
        [EditorSections.Partners] = SectionMapping.ToPartners,
    };

    public static SectionForm Load(string slug, IetProposal proposal) => Loaders[slug](proposal);

    /// <summary>Whether anything has been entered in the section (the title alone does not count).</summary>
    public static bool IsStarted(string slug, IetProposal proposal)
    {
        var form = Load(slug, proposal);
        var blank = (SectionForm)Activator.CreateInstance(form.GetType())!;
        return SectionVersion.Compare(form, blank).Any(d => d.Path != nameof(OverviewForm.Title));
    }
}
