using IetPortal.Domain.ReferenceData;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>Credential types as people write them ("WTCS technical diploma", not "Wtcs technical diploma").</summary>
public static class CredentialTypeText
{
    public static string Of(CredentialType type) => type switch
    {
        CredentialType.WtcsTechnicalDiploma => "WTCS technical diploma",
        CredentialType.WtcsTechnicalCertificate => "WTCS technical certificate",
        CredentialType.WtcsAssociateDegree => "WTCS associate degree",
        CredentialType.IndustryCertification => "Industry certification",
        CredentialType.License => "License",
        CredentialType.Apprenticeship => "Apprenticeship",
        _ => type.ToString(),
    };

    public static IReadOnlyList<SelectListItem> Choices { get; } =
        Enum.GetValues<CredentialType>().Select(t => new SelectListItem(Of(t), t.ToString())).ToList();
}
