namespace IetPortal.Domain.Common;

/// <summary>Length limits shared by the validators and the database configuration.</summary>
public static class FieldLengths
{
    public const int Code = 20;
    public const int ShortText = 200;
    public const int Name = 300;
    public const int MediumText = 2_000;
    public const int LongText = 8_000;
    public const int Email = 256;
    public const int FileName = 255;
    public const int ContentType = 100;
    public const int SocCode = 10;
    public const int CipCode = 7;
    public const int UserId = 450;
}
