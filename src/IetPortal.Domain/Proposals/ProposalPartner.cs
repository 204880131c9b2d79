namespace IetPortal.Domain.Proposals;

public class ProposalPartner
{
    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public PartnerType Type { get; set; }
    public string? ContactName { get; set; }
    public string? Contribution { get; set; }
}

public enum PartnerType
{
    Employer,
    WorkforceBoard,
    CommunityOrganization,
    EducationProvider,
    Other,
}
