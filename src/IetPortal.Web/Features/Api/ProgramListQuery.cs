using System.ComponentModel;
using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace IetPortal.Web.Features.Api;

/// <summary>The query parameters of <c>GET /api/v1/programs</c>, named as clients send them.</summary>
public sealed class ProgramListQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real catalog; keeps (page - 1) * pageSize well inside an int.</summary>
    public const int MaxPage = 100_000;

    [FromQuery(Name = "page")]
    [Description("The page to return, from 1 (default 1). A page past the last returns no items.")]
    public int? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    [Description("Programs per page, 1 to 100 (default 20).")]
    public int? PageSize { get; set; }

    [FromQuery(Name = "pathway")]
    [Description("Only programs on this career pathway, by its id (careerPathway.id).")]
    public int? Pathway { get; set; }

    [FromQuery(Name = "college")]
    [Description("Only programs of this college, by its code (college.code, e.g. MATC); not case-sensitive.")]
    public string? College { get; set; }

    [FromQuery(Name = "occupation")]
    [Description("Only programs for this occupation, by its SOC code (NN-NNNN, e.g. 31-1131).")]
    public string? Occupation { get; set; }

    [FromQuery(Name = "wda")]
    [Description("Only programs serving this Workforce Development Area, by its number (1 to 11).")]
    public int? Wda { get; set; }

    [FromQuery(Name = "q")]
    [Description("Words in the program's title, summary or occupation title; not case-sensitive.")]
    public string? Q { get; set; }

    public CatalogFilter ToFilter() => new(
        CatalogFilter.CleanTerm(Q, out _),
        Pathway,
        string.IsNullOrWhiteSpace(College) ? null : College.Trim(),
        string.IsNullOrWhiteSpace(Occupation) ? null : Occupation.Trim(),
        Wda,
        Page ?? 1,
        PageSize ?? DefaultPageSize);
}

/// <summary>
/// The shape of the list's parameters: bounds on paging, well-formed codes. Values that are well-formed but match
/// nothing (an unknown college code) are not errors: they give an empty list, as any filter can.
/// </summary>
public sealed class ProgramListQueryValidator : AbstractValidator<ProgramListQuery>
{
    public ProgramListQueryValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, ProgramListQuery.MaxPage).OverridePropertyName("page")
            .WithMessage($"page must be between 1 and {ProgramListQuery.MaxPage}.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ProgramListQuery.MaxPageSize).OverridePropertyName("pageSize")
            .WithMessage($"pageSize must be between 1 and {ProgramListQuery.MaxPageSize}.");
        RuleFor(q => q.Pathway).GreaterThanOrEqualTo(1).OverridePropertyName("pathway")
            .WithMessage("pathway must be a career pathway id (a positive whole number).");
        RuleFor(q => q.College).Matches("^[A-Za-z0-9-]+$").MaximumLength(FieldLengths.Code).OverridePropertyName("college")
            .WithMessage($"college must be a college code of letters, digits and hyphens, at most {FieldLengths.Code} characters (e.g. MATC).");
        RuleFor(q => q.Occupation).Must(o => o is null || CatalogFilter.SocCodeFormat().IsMatch(o.Trim())).OverridePropertyName("occupation")
            .WithMessage("occupation must be a SOC code like 31-1131.");
        RuleFor(q => q.Wda).InclusiveBetween(1, 99).OverridePropertyName("wda")
            .WithMessage("wda must be a Workforce Development Area number (1 to 11).");
        RuleFor(q => q.Q)
            .Must(q => q is null || q.Trim().Length <= CatalogFilter.MaxTermLength).OverridePropertyName("q")
                .WithMessage($"q must be at most {CatalogFilter.MaxTermLength} characters.")
            .Must(q => q is null || !q.Any(char.IsControl)).OverridePropertyName("q")
                .WithMessage("q must not contain control characters.");
    }
}
