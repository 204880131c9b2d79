namespace IetPortal.Web.Shared;

/// <summary>The HTML id MVC generates for a field name, so the error summary can link to the field.</summary>
public static class FieldIds
{
    public static string For(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        return fieldName.Replace('.', '_').Replace('[', '_').Replace(']', '_');
    }
}
