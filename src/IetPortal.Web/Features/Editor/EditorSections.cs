using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Editor;

/// <summary>One page of the proposal editor.</summary>
public sealed record EditorSection(string Slug, string Title, ProposalSection Section, string Intro);

/// <summary>The editor's pages, in the order of PRODUCT.md's proposal sections.</summary>
public static class EditorSections
{
    public const string Overview = "overview";
    public const string Pathway = "pathway";
    public const string AdultEducation = "adult-education";
    public const string WorkforcePreparation = "workforce-preparation";
    public const string WorkforceTraining = "workforce-training";
    public const string Integration = "integration";
    public const string LearningObjectives = "learning-objectives";
    public const string Materials = "materials";
    public const string Equity = "equity";
    public const string Partners = "partners";

    /// <summary>The last item of the navigation: the full compliance report, served by the compliance feature, not by the editor.</summary>
    public const string CheckAndSubmit = "check";

    public static IReadOnlyList<EditorSection> All { get; } =
    [
        new(Overview, "Overview", ProposalSection.Overview,
            "What the program is, who it serves, when and where it runs, and how it is funded."),
        new(Pathway, "Career pathway and alignment", ProposalSection.CareerPathway,
            "The career pathway the program belongs to, the credential it leads to and how it meets local workforce needs (34 CFR 463.38(b) and WTCS policy)."),
        new(AdultEducation, "Adult education and literacy", ProposalSection.AdultEducation,
            "The adult education and literacy activities of 34 CFR 463.30, contextualized to the occupation and aligned to state content standards (463.38(a))."),
        new(WorkforcePreparation, "Workforce preparation", ProposalSection.WorkforcePreparation,
            "Workforce preparation activities in the skill areas of 34 CFR 463.34."),
        new(WorkforceTraining, "Workforce training", ProposalSection.WorkforceTraining,
            "Training for a specific occupation or occupational cluster, of a type listed in WIOA sec. 134(c)(3)(D)."),
        new(Integration, "Integration", ProposalSection.Integration,
            "How the three components are taught together and run at the same time (34 CFR 463.37(a)(2) and (b))."),
        new(LearningObjectives, "Learning objectives", ProposalSection.LearningObjectives,
            "The single set of learning objectives: each names the adult education content, workforce preparation activity and workforce training competency it integrates (34 CFR 463.37(b))."),
        new(Materials, "Materials and research basis", ProposalSection.MaterialsAndResearch,
            "Occupationally relevant instructional materials and the research each component is based on (34 CFR 463.37(a)(1) and (a)(3))."),
        new(Equity, "Equity and supports", ProposalSection.EquityAndSupports,
            "Recruitment, the populations served, funding of the cost of instruction and learner supports."),
        new(Partners, "Partners and attachments", ProposalSection.PartnersAndAttachments,
            "Employers, the workforce board and community partners; syllabi and letters of support."),
    ];

    /// <summary>Kept out of <see cref="All"/>, which lists the pages the editor itself saves.</summary>
    public static EditorSection CheckAndSubmitPage { get; } = new(CheckAndSubmit, "Check and submit", ProposalSection.CheckAndSubmit,
        "The full compliance report of the proposal, with what still blocks submission and the warnings to acknowledge.");

    public static EditorSection? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    public static EditorSection? Next(string slug)
    {
        var index = All.ToList().FindIndex(s => s.Slug == slug);
        return index >= 0 && index + 1 < All.Count ? All[index + 1] : null;
    }
}
