namespace IetPortal.Web.Features.Editor;

/// <summary>The move/remove buttons of one repeating row; <see cref="ItemName"/> makes each button's name unique.</summary>
public sealed record RowButtons(string List, int Index, int Count, string ItemName);
