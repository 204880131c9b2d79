namespace IetPortal.Domain.Common;

/// <summary>
/// An editable aggregate whose saves are checked for lost updates. The stamp is renewed on every save
/// (by the persistence layer), and a save whose original stamp no longer matches the stored one is refused.
/// A GUID column works the same way on SQLite, SQL Server and PostgreSQL, unlike provider row versions.
/// </summary>
public interface IConcurrencyAware
{
    Guid ConcurrencyStamp { get; set; }
}
