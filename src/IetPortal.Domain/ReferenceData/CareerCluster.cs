using IetPortal.Domain.Common;

namespace IetPortal.Domain.ReferenceData;

/// <summary>
/// A career cluster with the framework it comes from, so the 2002 National Career Clusters and the 2024
/// Advance CTE framework can coexist.
/// </summary>
public class CareerCluster : EditableEntity
{
    public const string NationalCareerClusters2002 = "National Career Clusters Framework (2002)";
    public const string AdvanceCte2024 = "Modernized Career Clusters Framework (Advance CTE, 2024)";

    public required string Name { get; set; }
    public required string FrameworkVersion { get; set; }
}
