namespace IetPortal.Domain.Reviews;

/// <summary>A reviewer's declaration that they must not review a college's proposals.</summary>
public class ConflictOfInterestDeclaration
{
    public int Id { get; set; }
    public required string ReviewerId { get; set; }
    public int CollegeId { get; set; }
    public string? Reason { get; set; }
    public DateTime DeclaredAtUtc { get; set; }
}
