using IetPortal.Web.Features.AdminPathways;
using IetPortal.Web.Features.AdminUsers;

namespace IetPortal.Web.Features.AdminShared;

/// <summary>The services of the administrator pages (issue 6), registered in one call.</summary>
public static class AdminServices
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<PathwayQueries>();
        services.AddScoped<PathwayUsage>();
        services.AddScoped<StepChanges>();
        services.AddScoped<CredentialChanges>();
        services.AddScoped<OccupationChanges>();
        services.AddScoped<UserQueries>();
        services.AddScoped<Invitations>();
        return services;
    }
}
