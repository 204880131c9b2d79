namespace IetPortal.Web.Features.Review;

/// <summary>The services of the reviewer side (queue, review page, decisions, conflicts, reminders), registered together.</summary>
public static class ReviewFeature
{
    public static IServiceCollection AddReviewFeature(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReviewClockOptions>().Bind(configuration.GetSection(ReviewClockOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReviewActors>();
        services.AddScoped<ReviewPages>();
        services.AddScoped<ReviewAssignments>();
        services.AddScoped<ReviewNotifications>();
        services.AddScoped<ReviewClockReminder>();
        services.AddHostedService<ReviewClockReminderService>();
        return services;
    }
}
