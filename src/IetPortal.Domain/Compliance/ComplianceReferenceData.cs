namespace IetPortal.Domain.Compliance;

/// <summary>
/// The reference-data facts the rules need, filled by the infrastructure layer from the database so the evaluator
/// stays a pure function. Only the facts for what the proposal chose need to be present.
/// </summary>
public sealed record ComplianceReferenceData
{
    /// <summary>No pathway, credentials or areas known (a fresh draft, or a test).</summary>
    public static ComplianceReferenceData Empty { get; } = new();

    /// <summary>The proposal's chosen career pathway, or null when none is chosen or it no longer exists.</summary>
    public CareerPathwayFacts? Pathway { get; init; }

    /// <summary>At least every credential the proposal chose; a chosen id missing here no longer exists.</summary>
    public IReadOnlyList<CredentialFacts> Credentials { get; init; } = [];

    /// <summary>At least every Workforce Development Area the proposal chose; a chosen id missing here no longer exists.</summary>
    public IReadOnlyList<WorkforceAreaFacts> WorkforceAreas { get; init; } = [];

    public CredentialFacts? FindCredential(int id)
    {
        foreach (var credential in Credentials)
        {
            if (credential.Id == id)
            {
                return credential;
            }
        }

        return null;
    }

    public WorkforceAreaFacts? FindWorkforceArea(int id)
    {
        foreach (var area in WorkforceAreas)
        {
            if (area.Id == id)
            {
                return area;
            }
        }

        return null;
    }
}

/// <summary>A career pathway as the rules see it: active or retired, its steps, credentials and occupations.</summary>
public sealed record CareerPathwayFacts(
    int Id,
    string Name,
    bool IsActive,
    IReadOnlyList<PathwayStepFacts> Steps,
    IReadOnlyList<int> CredentialIds,
    IReadOnlyList<string> SocCodes)
{
    public PathwayStepFacts? FindStep(int id)
    {
        foreach (var step in Steps)
        {
            if (step.Id == id)
            {
                return step;
            }
        }

        return null;
    }

    public bool HasCredential(int id)
    {
        foreach (var credentialId in CredentialIds)
        {
            if (credentialId == id)
            {
                return true;
            }
        }

        return false;
    }

    public bool LeadsTo(string socCode)
    {
        foreach (var code in SocCodes)
        {
            if (string.Equals(code, socCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A rung of a pathway; <see cref="Position"/> counts from the entry rung.</summary>
public sealed record PathwayStepFacts(int Id, int Position, string Title);

/// <summary>A credential and whether it is an existing, system-approved one (WTCS policy: no "lite" credentials).</summary>
public sealed record CredentialFacts(int Id, string Name, int CareerPathwayId, bool IsSystemApproved);

/// <summary>A Workforce Development Area and the SOC codes its local board plan lists as in demand.</summary>
public sealed record WorkforceAreaFacts(int Id, int Number, string Name, IReadOnlyList<string> InDemandSocCodes)
{
    public bool HasDemandFor(string socCode)
    {
        foreach (var code in InDemandSocCodes)
        {
            if (string.Equals(code, socCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
