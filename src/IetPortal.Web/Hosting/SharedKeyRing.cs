using Microsoft.AspNetCore.DataProtection;

namespace IetPortal.Web.Hosting;

/// <summary>
/// The data-protection key ring that every web node shares through the database (sign-in and antiforgery cookies,
/// TempData, password-reset and invitation links).
/// </summary>
internal static class SharedKeyRing
{
    /// <summary>
    /// Loads the key ring and, when the database holds no usable key yet, creates the first one, before this process
    /// serves a request. Run by the <c>migrate</c> command and at start-up.
    /// </summary>
    /// <remarks>
    /// Without this the first key would be created by the first request that needs one. Two nodes answering their first
    /// requests at the same moment on a new database would then each create a key of their own, and a node only
    /// re-reads the ring for an unknown key during its first two minutes: after that, for up to a day, each node would
    /// refuse the other's cookies. With the key made by <c>migrate</c> (run once per release, before the nodes start),
    /// every node finds it in the database and uses it.
    /// </remarks>
    public static void EnsureKey(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Protecting anything resolves the default key, creating and storing one when there is none.
        _ = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("IetPortal.SharedKeyRing").Protect([0]);
    }
}
