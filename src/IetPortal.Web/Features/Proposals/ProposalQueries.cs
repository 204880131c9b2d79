using IetPortal.Domain.Workflow;

namespace IetPortal.Web.Features.Proposals;

public sealed record ProposalComponentSummary(string Name, decimal? ContactHours, DateOnly? StartDate, DateOnly? EndDate);

public sealed record ProposalReadView(
    int Id,
    int CollegeId,
    string Title,
    string CollegeName,
    ProposalStatus Status,
    string? Summary,
    string? PathwayName,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? CohortCapacity,
    string? OccupationSocCode,
    string? OccupationTitle,
    IReadOnlyList<ProposalComponentSummary> Components,
    int LearningObjectiveCount,
    DateTime UpdatedAtUtc,
    string? UpdatedBy) : IetPortal.Domain.Common.ICollegeOwned;
