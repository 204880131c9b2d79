namespace IetPortal.LoadDriver;

/// <summary>
/// The Development demo accounts (src/IetPortal.Web/appsettings.Development.json). Clients share them, each with its
/// own cookie jar, as colleagues signed in on several computers would. Only correct passwords are ever sent: five
/// wrong ones would lock an account for 15 minutes.
/// </summary>
internal sealed record DemoAccount(string Email, string Password, string CollegeCode)
{
    public static readonly DemoAccount Matc = new("staff.matc@demo.ietportal.test", "Milwaukee-Demo-2026", "MATC");
    public static readonly DemoAccount Madison = new("staff.madison@demo.ietportal.test", "Madison-Demo-2026", "MADISON");
    public static readonly DemoAccount Reviewer = new("reviewer@demo.ietportal.test", "Review-Queue-Demo-2026", "");

    public static IReadOnlyList<DemoAccount> Staff { get; } = [Matc, Madison];
}
