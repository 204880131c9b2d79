namespace IetPortal.Infrastructure.Persistence;

/// <summary>Who is making the change being saved; null for the system (seeding, background jobs).</summary>
public interface ICurrentUser
{
    string? UserId { get; }
}

/// <summary>The identity used outside a request: seeding, command-line tasks and background delivery.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;
}
