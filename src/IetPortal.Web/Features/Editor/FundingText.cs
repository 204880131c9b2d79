using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Editor;

/// <summary>Display names whose acronyms and section numbers do not survive automatic wording.</summary>
public static class FundingText
{
    public static string Of(FundingSources source) => source switch
    {
        FundingSources.AeflaSection231 => "AEFLA section 231 (adult education grants)",
        FundingSources.AeflaSection225 => "AEFLA section 225 (corrections education)",
        FundingSources.AeflaSection243 => "AEFLA section 243 (IELCE)",
        FundingSources.WioaTitleI => "WIOA Title I",
        FundingSources.Perkins => "Perkins V",
        FundingSources.College => "College funds",
        FundingSources.Grants => "Other grants",
        _ => source.ToString(),
    };
}
