using FluentValidation;
using IetPortal.Infrastructure;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.AdminShared;
using IetPortal.Web.Features.Api;
using IetPortal.Web.Features.Catalog;
using IetPortal.Web.Features.Dashboard;
using IetPortal.Web.Features.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IetPortal.Web.Hosting;

internal static class ServiceRegistration
{
    public static IServiceCollection AddIetPortalWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIetPortalInfrastructure(configuration, environment);
        services.AddHostedService<Infrastructure.Notifications.OutboxDispatcherService>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        AddIdentity(services, configuration, environment);
        Features.Account.AccountSecurity.AddAccountSecurity(services, configuration, environment);
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, CollegeDataHandler>();
        services.AddScoped<ProposalAccess>();
        services.AddScoped<Features.Editor.EditorPages>();
        services.AddScoped<Features.Compliance.ComplianceService>();
        services.AddScoped<Features.Submission.SubmissionEmails>();
        services.AddScoped<Features.Submission.WorkflowPanels>();
        services.AddScoped<Features.Revisions.ResubmissionDiff>();
        services.AddSingleton<Infrastructure.Persistence.Seeding.IDemoSubmissionFormat, Features.Submission.DemoSubmissionFormat>();
        services.AddReviewFeature(configuration);
        services.AddAdministration();
        services.AddDashboard(configuration);
        services.AddCatalogCaching(configuration);
        services.AddPublicApi(configuration);
        services.AddReverseProxySupport(configuration);

        // Keys in the database: every web node can read cookies and tokens issued by another.
        services.AddDataProtection().SetApplicationName("IetPortal").PersistKeysToDbContext<IetPortalDbContext>();

        services.AddControllersWithViews(options =>
        {
            // Antiforgery is validated globally for every unsafe method, never remembered per action.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field => $"Enter {Shared.FieldNames.Words(field)} as a number.");
            options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) =>
                $"\"{Shared.FieldNames.Shorten(value)}\" is not a valid {Shared.FieldNames.Words(field)}: check the format (numbers like 12.5, dates like 2027-01-31, times like 09:30).");
            options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => "Enter a valid value.");
            options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(field => $"Enter {Shared.FieldNames.Words(field)}.");
            options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => "Enter a valid value.");
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ietportal.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        // TempData (status messages after a redirect) lives in a cookie protected by the shared key ring, so whichever
        // node serves the next request reads it. Its default policy never marks it Secure: make it Secure like the others.
        services.Configure<CookieTempDataProviderOptions>(o =>
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietTempDataProvider>());

        // Validators are found by assembly scan and invoked explicitly in actions (no automatic MVC validation).
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

        services.AddHealthChecks().AddDbContextCheck<IetPortalDbContext>("database", tags: ["ready"]);
        return services;
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length matters, composition rules do not.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IetPortalDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ietportal.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Authentication:SessionMinutes", 60));
            options.SlidingExpiration = true;
            options.Events.OnCheckSlidingExpiration = Features.Account.SessionLifetime.RenewOnActivity;
            // A signed-in user without permission gets a real 403 (rendered by the status-code page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
    }
}
