namespace IetPortal.Infrastructure.Persistence;

/// <summary>
/// What the current unit of work is about, for the audit trail: the proposal section being saved and an
/// optional action name. Set by the feature before <c>SaveChangesAsync</c>; read by <see cref="AuditingInterceptor"/>.
/// </summary>
public sealed class AuditScope
{
    public string? Section { get; set; }
    public string? Action { get; set; }

    /// <summary>What changed, in words, when the feature knows better than the list of changed columns.</summary>
    public string? Details { get; set; }
}
