namespace IetPortal.Domain.Tests.Workflow;

internal static class RepositoryRoot
{
    /// <summary>The folder holding IetPortal.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IetPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IetPortal.sln above {AppContext.BaseDirectory}.");
    }
}
