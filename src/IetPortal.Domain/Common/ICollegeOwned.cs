namespace IetPortal.Domain.Common;

/// <summary>Data that belongs to one college; college staff may only see and change their own college's.</summary>
public interface ICollegeOwned
{
    int CollegeId { get; }
}
