using System.Text.Json;
using System.Text.Json.Serialization;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>What a version keeps of an attachment: its description and fingerprint, never its bytes.</summary>
public sealed record SnapshotAttachment(
    string FileName, string ContentType, long SizeBytes, AttachmentKind Kind, string? Description, string? Sha256, DateTime UploadedAtUtc);

/// <summary>
/// The whole proposal as it was sent for review (PRODUCT.md "stores an immutable snapshot (version N) of the whole
/// proposal"): every editor section's form, the names of the reference data it points at (a pathway renamed or retired
/// later must not change what was submitted) and the attachments' metadata. Stored as JSON in
/// <see cref="ProposalVersion.SnapshotJson"/>; read back into the same section forms, so the read view, the version page
/// and the resubmission diff all show a version the way the editor shows a draft.
/// </summary>
public sealed class ProposalSnapshot
{
    /// <summary>Bumped when the document's shape changes incompatibly, so an old version can still be read.</summary>
    public const int CurrentSchema = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        // Names, not numbers: a stored version must read the same after an enum gains a member.
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The form type of each editor section, taken from the catalogue so a new section is captured too.</summary>
    private static readonly Dictionary<string, Type> FormTypes = EditorSections.All.ToDictionary(
        s => s.Slug, s => SectionCatalog.Load(s.Slug, IetProposal.StartDraft(0, "-")).GetType(), StringComparer.Ordinal);

    private ProposalSnapshot(
        int proposalId,
        int collegeId,
        int? amendsProposalId,
        ReferenceNames names,
        IReadOnlyDictionary<string, SectionForm> sections,
        IReadOnlyList<SnapshotAttachment> attachments)
    {
        ProposalId = proposalId;
        CollegeId = collegeId;
        AmendsProposalId = amendsProposalId;
        Names = names;
        Sections = sections;
        Attachments = attachments;
    }

    public int ProposalId { get; }
    public int CollegeId { get; }
    public int? AmendsProposalId { get; }
    public ReferenceNames Names { get; }

    /// <summary>Editor slug → the section's form, for every slug of <see cref="EditorSections.All"/>.</summary>
    public IReadOnlyDictionary<string, SectionForm> Sections { get; }

    public IReadOnlyList<SnapshotAttachment> Attachments { get; }

    public string Title => Section<OverviewForm>(EditorSections.Overview).Title ?? "";

    public T Section<T>(string slug)
        where T : SectionForm => (T)Sections[slug];

    /// <summary>Takes the snapshot of a loaded proposal (<c>WithWholeProposal</c>) from its forms and the given names.</summary>
    public static ProposalSnapshot Of(IetProposal proposal, ReferenceNames names, IReadOnlyList<SnapshotAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(attachments);
        var sections = EditorSections.All.ToDictionary(s => s.Slug, s => SectionCatalog.Load(s.Slug, proposal), StringComparer.Ordinal);
        return new ProposalSnapshot(proposal.Id, proposal.CollegeId, proposal.AmendsProposalId, names, sections, attachments);
    }

    /// <summary>Takes the snapshot of a loaded proposal, reading the reference names and attachment metadata it needs.</summary>
    public static async Task<ProposalSnapshot> CaptureAsync(IetPortalDbContext db, IetProposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(proposal);
        var names = await ReferenceNames.LoadAsync(db, proposal, cancellationToken);
        // Metadata only: the bytes stay in AttachmentContent and are never part of a version.
        var attachments = await db.ProposalAttachments.AsNoTracking()
            .Where(a => a.IetProposalId == proposal.Id)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new SnapshotAttachment(a.FileName, a.ContentType, a.SizeBytes, a.Kind, a.Description, a.Sha256, a.UploadedAtUtc))
            .ToListAsync(cancellationToken);
        return Of(proposal, names, attachments);
    }

    public string ToJson()
    {
        var document = new SnapshotDocument
        {
            Schema = CurrentSchema,
            ProposalId = ProposalId,
            CollegeId = CollegeId,
            AmendsProposalId = AmendsProposalId,
            Names = Names,
            Sections = Sections.ToDictionary(
                s => s.Key,
                s => JsonSerializer.SerializeToElement(Clean(s.Value), s.Value.GetType(), Json),
                StringComparer.Ordinal),
            Attachments = [.. Attachments],
        };
        return JsonSerializer.Serialize(document, Json);
    }

    /// <summary>
    /// Reads a stored snapshot. A section missing from it (added to the editor after the version was stored) reads as an
    /// empty form; a section the editor no longer has is ignored.
    /// </summary>
    public static ProposalSnapshot FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var document = JsonSerializer.Deserialize<SnapshotDocument>(json, Json)
            ?? throw new JsonException("The proposal snapshot is empty.");
        var sections = new Dictionary<string, SectionForm>(StringComparer.Ordinal);
        foreach (var (slug, type) in FormTypes)
        {
            sections[slug] = document.Sections is not null && document.Sections.TryGetValue(slug, out var element)
                ? (SectionForm)(element.Deserialize(type, Json) ?? Activator.CreateInstance(type)!)
                : (SectionForm)Activator.CreateInstance(type)!;
        }

        return new ProposalSnapshot(
            document.ProposalId,
            document.CollegeId,
            document.AmendsProposalId,
            document.Names ?? new ReferenceNames("", null, null, null, [], []),
            sections,
            document.Attachments ?? []);
    }

    /// <summary>
    /// The version as an in-memory proposal (never saved), for what is computed from the aggregate rather than the forms,
    /// such as the components' timeline.
    /// </summary>
    public IetProposal Reconstitute()
    {
        var proposal = IetProposal.StartDraft(CollegeId, Title.Length == 0 ? "-" : Title);
        foreach (var form in Sections.Values)
        {
            switch (form)
            {
                case OverviewForm f: SectionMapping.Apply(f, proposal); break;
                case PathwayForm f: SectionMapping.Apply(f, proposal); break;
                case AdultEducationForm f: SectionMapping.Apply(f, proposal); break;
                case WorkforcePreparationForm f: SectionMapping.Apply(f, proposal); break;
                case WorkforceTrainingForm f: SectionMapping.Apply(f, proposal); break;
                case IntegrationForm f: SectionMapping.Apply(f, proposal); break;
                case LearningObjectivesForm f: SectionMapping.Apply(f, proposal); break;
                case MaterialsForm f: SectionMapping.Apply(f, proposal); break;
                case EquityForm f: SectionMapping.Apply(f, proposal); break;
                case PartnersForm f: SectionMapping.Apply(f, proposal); break;
                default: break;
            }
        }

        return proposal;
    }

    /// <summary>The editor's bookkeeping (section version, pressed button) is not part of what was submitted.</summary>
    private static SectionForm Clean(SectionForm form)
    {
        form.Version = null;
        form.Command = null;
        return form;
    }

    private sealed class SnapshotDocument
    {
        public int Schema { get; set; }
        public int ProposalId { get; set; }
        public int CollegeId { get; set; }
        public int? AmendsProposalId { get; set; }
        public ReferenceNames? Names { get; set; }
        public Dictionary<string, JsonElement>? Sections { get; set; }
        public List<SnapshotAttachment>? Attachments { get; set; }
    }
}
